"""Background mail sync in the GUI: one worker thread per account, a controller, and what they say."""
