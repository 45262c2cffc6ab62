"""Documents written for people outside the app: the monthly statement as a PDF. No Qt, no SQL."""
