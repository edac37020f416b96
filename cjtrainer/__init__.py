"""cjtrainer: learn the theory of the customer journey (klantreis) in the terminal."""

__version__ = "0.1.0"
