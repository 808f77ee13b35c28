"""Which espeak-ng voice speaks each kiosk language.

Names are espeak-ng voice files as ``espeak-ng --voices`` lists them on
Debian 12 (espeak-ng 1.51); they work with ``espeak-ng -v`` and with
pyttsx3's ``setProperty("voice", ...)`` alike.
"""

from __future__ import annotations

VOICES: dict[str, str] = {
    "it": "it",
    "en": "en",  # British English (alias of en-gb): the one a European kiosk expects
    "fr": "fr",  # alias of fr-fr
    "es": "es",  # Spain
    "ar": "ar",
    "zh": "cmn",  # Mandarin; espeak-ng has no voice called "zh"
    "ro": "ro",
    "uk": "uk",
    "de": "de",
}

FALLBACK_LANGUAGE = "en"


def base_language(lang: str) -> str:
    """ "it-IT", "it_IT" or "IT" → "it"."""
    return lang.replace("_", "-").split("-", 1)[0].lower()


def voice_for(lang: str) -> str:
    """The espeak-ng voice for ``lang``; English for a language the kiosk does not voice."""
    return VOICES.get(base_language(lang), VOICES[FALLBACK_LANGUAGE])
