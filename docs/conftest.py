"""pytest runs the ``>>>`` examples of the Markdown pages; conf.py and the build are not tests."""

collect_ignore = ["conf.py"]
collect_ignore_glob = ["_build/*"]
