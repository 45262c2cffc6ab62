"""The demo data set: a small Japanese shop's mail, cases, calls, orders and rates, made to order."""

from desk_app.services.demo.service import DemoService

__all__ = ["DemoService"]
