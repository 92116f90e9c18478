"""Time from starting the wizard until its first frame is on screen.

Polls the top-left strip of the screen every 2 ms until the window's white
background with the dark "policywright" heading appears; 10 runs, then the
median. Needs Xvfb and python-xlib, and a release build:

    cargo build --release
    pip install python-xlib
    xvfb-run -a -s "-screen 0 1280x820x24 -br" python3 benches/first_frame.py
"""
import statistics, subprocess, time
from Xlib import display, X

d = display.Display()
root = d.screen().root
times = []
for run in range(10):
    t0 = time.perf_counter()
    p = subprocess.Popen(["target/release/policywright", "--ui-lang", "en"],
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while True:
        img = root.get_image(0, 0, 200, 40, X.ZPixmap, 0xffffffff)
        data = img.data
        # BGRX pixels: a dark pixel means the heading text has been drawn.
        pixels = [(data[i], data[i + 1], data[i + 2]) for i in range(0, len(data), 4)]
        white = sum(1 for b, g, r in pixels if b > 240 and g > 240 and r > 240)
        dark = sum(1 for b, g, r in pixels if b < 60 and g < 60 and r < 60)
        # On a black root: the app's white background with its dark
        # heading drawn on it.
        if white > len(pixels) // 2 and dark > 20:
            break
        if time.perf_counter() - t0 > 10:
            break
        time.sleep(0.002)
    times.append((time.perf_counter() - t0) * 1000)
    p.kill(); p.wait()
    time.sleep(0.3)
print(" ".join(f"{t:.0f}" for t in times))
print(f"median {statistics.median(times):.0f} ms")
