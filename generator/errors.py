"""The exception hierarchy. Messages read `<path>[:line]: <what is wrong>. <how to fix>`."""


class GeneratorError(Exception):
    """Base of every error the generator reports to the user as a one-line message."""


class InputError(GeneratorError):
    """The seeds folder or a document in it cannot be used."""


class ConfigError(GeneratorError):
    """The corrections file or the project configuration is wrong."""


class PublishError(GeneratorError):
    """MkDocs or the PDF renderer failed."""
