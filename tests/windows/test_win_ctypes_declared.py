"""Every Windows function called through ctypes has argtypes and restype declared, read from the
source: a function used undeclared fails this test before it fails a user's load on Windows
(ctypes then passes ints as 32-bit C ints and reads every result as one)."""
import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LOADERS = {"WinDLL", "OleDLL", "CDLL", "LoadLibrary"}
SHARED = {"windll", "oledll"}  # ctypes.windll.kernel32 and the like
NOT_FUNCTIONS = {"argtypes", "restype", "errcheck"}


def _dotted(node) -> str:
    """'a.b.c' for a Name/Attribute chain, 'f()' for a call of one, '' for anything else."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        head = node.id
    elif isinstance(node, ast.Call) and _dotted(node.func):
        head = _dotted(node.func) + "()"
    else:
        return ""
    return ".".join([head] + parts[::-1])


def _libraries(tree) -> dict[str, str]:
    """Expressions that stand for a loaded DLL, by their spelling: `dll = ctypes.WinDLL(...)`;
    a function returning such a name (`kernel32()`, under which every name bound to a call
    of it is the same DLL); ctypes.windll.<dll> is recognised where it is used."""
    names = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) \
                and _dotted(node.value.func).split(".")[-1] in LOADERS:
            names.update({_dotted(t): _dotted(t) for t in node.targets if _dotted(t)})
    for function in [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)]:
        returned = {_dotted(n.value) for n in ast.walk(function) if isinstance(n, ast.Return) and n.value}
        for name in returned & set(names):
            names[name] = names[f"{function.name}()"] = f"{function.name}()"
    for node in ast.walk(tree):  # k32 = kernel32()
        if isinstance(node, ast.Assign) and _dotted(node.value) in names:
            names.update({_dotted(t): names[_dotted(node.value)] for t in node.targets if _dotted(t)})
    return names


def undeclared(source: str) -> tuple[set[str], list[str]]:
    """(functions used and declared, 'line N: dll.Function' used without argtypes or restype)."""
    tree = ast.parse(source)
    libraries = _libraries(tree)

    def library(node) -> str:
        name = _dotted(node)
        parts = name.split(".")
        return libraries.get(name) or (name if len(parts) >= 2 and parts[-2] in SHARED else "")

    used, declared = {}, set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign):
            for target in node.targets:  # dll.Function.argtypes = ...
                if isinstance(target, ast.Attribute) and target.attr in ("argtypes", "restype") \
                        and isinstance(target.value, ast.Attribute) and library(target.value.value):
                    declared.add((f"{library(target.value.value)}.{target.value.attr}", target.attr))
        if isinstance(node, ast.Attribute) and library(node.value) and node.attr not in NOT_FUNCTIONS \
                and not node.attr.startswith("_"):
            used.setdefault(f"{library(node.value)}.{node.attr}", node.lineno)
    missing = {name: f"line {line}: {name}" for name, line in used.items()
               if not {(name, "argtypes"), (name, "restype")} <= declared}
    return set(used) - set(missing), sorted(missing.values(), key=lambda m: int(m.split()[1].rstrip(":")))


def test_the_check_finds_what_went_wrong_before():
    """The job-object code as it was: restype on two functions, argtypes on none; and a
    function taken from the shared ctypes.windll."""
    before = '''
kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
kernel32.CreateJobObjectW.restype = wintypes.HANDLE
kernel32.GetCurrentProcess.restype = wintypes.HANDLE
job = kernel32.CreateJobObjectW(None, None)
if not kernel32.AssignProcessToJobObject(job, kernel32.GetCurrentProcess()):
    raise OSError()
if ctypes.windll.kernel32.AttachConsole(-1):
    pass
'''
    ok, missing = undeclared(before)
    assert ok == set()
    assert [m.split(": ")[1] for m in missing] == ["kernel32.CreateJobObjectW", "kernel32.GetCurrentProcess",
                                                   "kernel32.AssignProcessToJobObject",
                                                   "ctypes.windll.kernel32.AttachConsole"]


def test_every_windows_function_reportdesk_calls_is_declared():
    found, problems = set(), []
    for path in sorted((ROOT / "reportdesk").rglob("*.py")):
        declared, missing = undeclared(path.read_text(encoding="utf-8"))
        found |= declared
        problems += [f"{path.relative_to(ROOT)} {m}" for m in missing]
    assert not problems, "declare argtypes and restype: " + "; ".join(problems)
    # the functions the job object, the process check and the console need (the walk saw them)
    assert {"kernel32().AssignProcessToJobObject", "kernel32().GetCurrentProcess", "kernel32().OpenProcess",
            "kernel32().AttachConsole"} <= found
