"""The Textual app. Holds no rules: screens call domain objects and render what they return."""
