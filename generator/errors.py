"""The exception hierarchy. Messages read `<path>[:line]: <what is wrong>. <how to fix>`."""


class GeneratorError(Exception):
    """Base of every error the generator reports to the user as a one-line message."""


class InputError(GeneratorError):
    """The seeds folder or a document in it cannot be used."""


class ConfigError(GeneratorError):
    """The corrections file or the project configuration is wrong."""


class PublishError(GeneratorError):
    """MkDocs or the PDF renderer failed."""


class OutputError(GeneratorError):
    """The output folder cannot be written safely (the user's files, a lock, a link)."""


# What went wrong, and what the user can do, for an operating system error.
_ELSEWHERE = "pass --out, --site-dir or --cache with a folder"
_OS_FIXES = {
    "ENOSPC": ("no space left on the device", f"Free some space, or {_ELSEWHERE} on another disk."),
    "EDQUOT": ("disk quota exceeded", f"Free some space, or {_ELSEWHERE} on another disk."),
    "EROFS": (
        "the file system is read-only",
        f"Make it writable, or {_ELSEWHERE} on a writable disk.",
    ),
    "EACCES": ("permission denied", "Give yourself access (chmod u+rwX), or use another folder."),
    "EPERM": (
        "operation not permitted",
        "Give yourself access (chmod u+rwX), or use another folder.",
    ),
}


def os_error_message(error: OSError) -> str:
    """`<path>: <what is wrong>. <how to fix>` for an error of the file system."""
    import errno

    path = error.filename if error.filename is not None else "a file"
    name = errno.errorcode.get(error.errno or 0, "")
    reason = (error.strerror or str(error) or error.__class__.__name__).rstrip(".")
    what, fix = _OS_FIXES.get(name, (reason[:1].lower() + reason[1:], "Check it and run again."))
    return f"{path}: {what}. {fix}"
