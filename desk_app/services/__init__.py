"""The application API shared by the GUI and the CLI; returns plain dataclasses."""
