"""Device ports, the types they speak, and their adapters and simulators.

Qt-free: the kiosk core and the technicians command line use it directly.

- ``types``: the values, events and errors the kiosk speaks (no library types);
- ``ports``: one small Protocol per device kind;
- ``registry``: adapters by kind and name, as chosen in the configuration;
- ``simulated``: a simulator per port, recording what it was asked, with faults.
"""
