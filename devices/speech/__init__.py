"""Speech output on espeak-ng: the real adapter behind the SpeechOutput port.

- ``espeak``: :class:`EspeakSpeech`, the adapter (registry name ``"espeak"``);
- ``worker``: the synthesis process (pyttsx3 ``save_to_file``, or ``espeak-ng -w``);
- ``sinks``: where WAV parts are played (``aplay`` it can kill, or a silent sink);
- ``sentences``: text cut into short parts, Italian abbreviations included;
- ``voices``: the espeak-ng voice for each kiosk language.

Importing this package loads neither pyttsx3 nor libespeak: only the worker
process does.
"""

from spaziocitta.devices.speech.espeak import EspeakSpeech
from spaziocitta.devices.speech.sinks import AudioSink, CommandSink, NullSink, make_sink

__all__ = ["AudioSink", "CommandSink", "EspeakSpeech", "NullSink", "make_sink"]
