"""``cjtrainer serve``: the student app in a browser (the optional ``web`` extra)."""
