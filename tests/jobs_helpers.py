"""Parse functions for worker-process tests, importable by dotted name in a spawned worker."""
import os
import time

from reportdesk.jobs import parse_file


def crash_on_bad(path):
    """Dies like a worker whose parser ran out of memory in C code, for files named 坏*."""
    if os.path.basename(path).startswith("坏"):
        os._exit(3)
    return parse_file(path)


def hang_on_slow(path):
    if os.path.basename(path).startswith("慢"):
        time.sleep(60)
    return parse_file(path)


def eat_memory_on_big(path):
    if os.path.basename(path).startswith("大"):
        hog = [bytearray(50 * 1024 * 1024) for _ in range(200)]  # 10 GB, far past the ceiling
        return hog
    return parse_file(path)
