"""The Qt face of desk_app: main window, one sub-package per page, models and the background runner."""
