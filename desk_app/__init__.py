"""desk_app: the support console of a small online shop's customer-support desk."""

__version__ = "0.1.0"
APP_NAME = "desk_app"
ORGANIZATION = "desk_app"
