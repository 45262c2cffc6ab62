"""The Inbox page: folders, a lazy message list and a reading pane."""
