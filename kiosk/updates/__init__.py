"""Fleet updates: signed releases published as a TUF repository, installed side by side.

- :mod:`.release_repository` — the publisher's side (``kiosk release``): keys,
  metadata, targets, threshold signing, key rotation.
- :mod:`.rollout` — which totems take a release (a share of the fleet by a
  stable hash of the totem id, or named totems).
- :mod:`.fleet_updater` — the totem's side: python-tuf's ngclient refreshes the
  metadata from the trusted root and downloads only verified targets.
- :mod:`.app_versions` — versions installed side by side under
  ``/opt/spaziocitta-kiosk`` and the atomic switch of the ``current`` link.
- :mod:`.trial` — the new version must become ready and stay healthy, or the
  previous one comes back by itself.
- :mod:`.update_journal` — what the updater did, kept until telemetry took it.

None of this imports Qt; the updater runs as its own systemd service
(packaging/systemd/spaziocitta-kiosk-updater.service), not inside the UI.
"""
