"""Writing mail: the compose window, the template picker, drafts."""
