"""Maintenance mode for technicians: protected entry, lockout, audit log and status.

Qt-free. The UI drives :class:`~spaziocitta.kiosk.maintenance.gate.MaintenanceGate`
(hidden gesture → PIN pad → maintenance → exit); every step goes to the audit
log in the store. Importing this package imports nothing heavy: SQLAlchemy is
imported by the functions that touch the store, when they run.
"""
