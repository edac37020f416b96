"""Classroom live quiz: protocol, server, client, report. Only the screens import Textual."""
