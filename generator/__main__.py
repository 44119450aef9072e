from .cli import main

# The guard matters to worker processes started by spawn/forkserver, which import this.
if __name__ == "__main__":
    raise SystemExit(main())
