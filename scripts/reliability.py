#!/usr/bin/env python3
"""Reliability run (not a CI test): the web service on loopback under steady requests while its index is attacked.

    python3 scripts/reliability.py [--out docs/reliability.md] [--rounds 8]

Builds the web service and the CLI (Release), copies the bundled corpus to a temporary folder and starts the service
on a free port (poll every second). Four clients request a mix of pages and API answers the whole time; a request
fails when it gets a 5xx or no answer. Then, one scenario after the other:

  killed builds   `legalkb index` into the service's index folder, killed with SIGKILL after 0.3–3 s, ROUNDS times;
                  then one whole build: no staging folder may be left.
  damaged index   the live generation's Lucene postings truncated to 0 bytes, then to half, then documents.json
                  emptied: the service must set it aside and serve a whole generation again.
  full disk       (root only) a second service whose index is a 3 MB tmpfs: the corpus grows past it, the re-index
                  fails, the service keeps serving and retries with backoff (counted from its log).
  hostile files   dropped into the running service's corpus: two looping folder links, a link to /etc/passwd, a page
                  nested 50,000 deep, a zip bomb named .docx, 1 MB of binary named .txt, an empty PDF.

Prints one Markdown report (and writes it with --out): requests served and failed per scenario, and what was checked.
Standard library only.
"""
import argparse, json, os, random, shutil, signal, socket, subprocess, sys, tempfile, threading, time, urllib.request, zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WEB = ROOT / "src/HauGiang.LegalKb.Web/bin/Release/net10.0/HauGiang.LegalKb.Web.dll"
CLI = ROOT / "src/HauGiang.LegalKb.Cli/bin/Release/net10.0/legalkb.dll"
PATHS = ["/", "/tim-kiem?q=d%C3%A2n+t%E1%BB%99c", "/tim-kiem?q=nguoi+cao+tuoi", "/van-ban", "/van-ban/100-kh-ubnd-2024",
         "/van-ban/100-kh-ubnd-2024/part_III__sec_2", "/api/search?q=UBND", "/api/documents/100-kh-ubnd-2024", "/api/status"]


class Service:
    """One web service process, with its log."""

    def __init__(self, corpus, index, work):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log_path = Path(work) / f"service-{self.port}.log"
        self.log = open(self.log_path, "w")
        self.process = subprocess.Popen(
            ["dotnet", str(WEB), "--corpus", str(corpus), "--index", str(index), "--urls", self.base, "--poll-seconds", "1"],
            stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.time() + 180
        while time.time() < deadline:
            if get(self.base + "/api/status")[0] == 200:
                return
            if self.process.poll() is not None:
                raise SystemExit(f"the service stopped at start; see {self.log_path}")
            time.sleep(0.5)
        raise SystemExit("the service did not answer within 3 minutes")

    def generation(self):
        status, body = get(self.base + "/api/status")
        return json.loads(body).get("generation") if status == 200 else None

    def alive(self):
        return self.process.poll() is None

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(20)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()


class Load:
    """Clients requesting PATHS in a loop; counts answers per scenario."""

    def __init__(self, base, clients=4):
        self.base, self.stop_flag, self.lock = base, False, threading.Lock()
        self.counts = {"served": 0, "failed": 0}
        self.failures = []
        self.threads = [threading.Thread(target=self._run, daemon=True) for _ in range(clients)]
        for t in self.threads:
            t.start()

    def _run(self):
        while not self.stop_flag:
            path = random.choice(PATHS)
            status, _ = get(self.base + path)
            with self.lock:
                if status is None or status >= 500:
                    self.counts["failed"] += 1
                    self.failures.append(f"{status} {path}")
                else:
                    self.counts["served"] += 1

    def take(self):
        with self.lock:
            counts, self.counts = self.counts, {"served": 0, "failed": 0}
            failures, self.failures = self.failures[:5], []
        return counts, failures

    def close(self):
        self.stop_flag = True
        for t in self.threads:
            t.join(10)


def get(url, timeout=30):
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, ""
    except Exception:
        return None, ""


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(condition, seconds):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if condition():
            return True
        time.sleep(0.25)
    return False


def killed_builds(service, corpus, index, rounds):
    for _ in range(rounds):
        build = subprocess.Popen(["dotnet", str(CLI), "index", "--corpus", str(corpus), "--index", str(index)],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(random.uniform(0.3, 3.0))
        build.send_signal(signal.SIGKILL)
        build.wait()
    whole = subprocess.run(["dotnet", str(CLI), "index", "--corpus", str(corpus), "--index", str(index)], capture_output=True)
    staging = [p.name for p in Path(index).glob(".staging-*") if p.is_dir()]
    return f"{rounds} builds killed; the next build exit {whole.returncode}; staging folders left: {len(staging)}", whole.returncode == 0 and not staging


def damaged_index(service, index):
    notes, healed_all = [], True
    for what, keep in [("lucene/*.doc", 0.0), ("lucene/*.tim", 0.5), ("documents.json", 0.0)]:
        live = service.generation()
        files = list((Path(index) / live).glob(what)) if live else []
        if not files:
            notes.append(f"{what}: no such file in {live}")
            healed_all = False
            continue
        with open(files[0], "r+b") as f:
            f.truncate(int(os.path.getsize(files[0]) * keep))
        start = time.time()
        healed = wait_for(lambda: service.generation() not in (None, live), 120)
        healed_all &= healed
        notes.append(f"{what} cut to {int(keep * 100)}%: {'whole again in %.1f s' % (time.time() - start) if healed else 'NOT healed in 120 s'}")
    return "; ".join(notes), healed_all and service.alive()


def full_disk(work, corpus):
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return None
    small = Path(work) / "small-disk"
    small.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(small)]).returncode != 0:
        return None
    try:
        service = Service(corpus, small / "index", work)
        load = Load(service.base, clients=2)
        before = service.generation()
        filler = Path(corpus) / "sources" / "lon-thu-nghiem.txt"
        filler.write_text(("ỦY BAN NHÂN DÂN\nTỈNH THỬ NGHIỆM\nSố: 9995/KH-UBND\nKẾ HOẠCH\nTHỬ ĐĨA ĐẦY\nI. NỘI DUNG\n"
                           + "1. Dòng thử nghiệm làm đầy đĩa của chỉ mục.\n" * 60000), encoding="utf-8")
        time.sleep(40)
        counts, failures = load.take()
        load.close()
        log = service.log_path.read_text(encoding="utf-8", errors="replace")
        attempts = log.count("đang lập chỉ mục từ")
        warnings = log.count("Lập chỉ mục thất bại")
        still = service.generation() == before and service.alive()
        service.stop()
        filler.unlink()
        note = f"index on a 3 MB disk, corpus grown past it: {attempts} re-index attempts in 40 s, {warnings} failure line(s) logged, still serving {before}: {still}"
        return note, counts, failures, still and attempts <= 6
    finally:
        subprocess.run(["umount", str(small)])


def hostile_files(service, corpus):
    sources = Path(corpus) / "sources"
    before = service.generation()
    os.symlink("..", sources / "vong-a")
    os.symlink("..", sources / "vong-b")
    os.symlink("/etc/passwd", sources / "mat-khau.txt")
    (sources / "long-sau.html").write_text("<html><body>" + "<div>" * 50000 + "<p>Điều 1.</p>" + "</div>" * 50000 + "</body></html>")
    with zipfile.ZipFile(sources / "bom-nen.docx", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document>" + "A" * 200_000_000 + "</w:document>")
    (sources / "rac.txt").write_bytes(os.urandom(1 << 20))
    (sources / "rong.pdf").write_bytes(b"")
    reindexed = wait_for(lambda: service.generation() not in (None, before), 180)
    _, page = get(service.base + "/van-ban")
    leaked = "root:x:0:0" in page or "root:x:0:0" in get(service.base + "/api/search?q=root")[1]
    return f"re-indexed: {reindexed}; /etc/passwd published: {leaked}; service alive: {service.alive()}", reindexed and not leaked and service.alive()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out")
    parser.add_argument("--rounds", type=int, default=8)
    args = parser.parse_args()
    for project in ("src/HauGiang.LegalKb.Web", "src/HauGiang.LegalKb.Cli"):
        subprocess.run(["dotnet", "build", str(ROOT / project), "-c", "Release", "-v", "quiet", "-nologo"], check=True, stdout=subprocess.DEVNULL)

    work = tempfile.mkdtemp(prefix="legalkb-reliability-")
    corpus, index = Path(work) / "corpus", Path(work) / "index"
    shutil.copytree(ROOT / "corpus", corpus)
    rows = []
    service = Service(corpus, index, work)
    load = Load(service.base)
    try:
        for name, run in [("killed builds", lambda: killed_builds(service, corpus, index, args.rounds)),
                          ("damaged index", lambda: damaged_index(service, index))]:
            note, ok = run()
            counts, failures = load.take()
            rows.append((name, counts, note, ok, failures))
        disk = full_disk(work, corpus)
        if disk is None:
            rows.append(("full disk", {"served": 0, "failed": 0}, "not run: needs root and tmpfs", True, []))
        else:
            note, counts, failures, ok = disk
            rows.append(("full disk", counts, note, ok, failures))
        load.take()
        note, ok = hostile_files(service, corpus)
        counts, failures = load.take()
        rows.append(("hostile files", counts, note, ok, failures))
    finally:
        load.close()
        service.stop()
        shutil.rmtree(work, ignore_errors=True)

    report = ["# Reliability run — Độ bền khi bị tấn công, hỏng chỉ mục, đầy đĩa", "",
              f"- **Date:** {time.strftime('%d/%m/%Y')}", "- **Command:** `python3 scripts/reliability.py --out docs/reliability.md`",
              f"- **Machine:** {os.cpu_count()} cores; load average at the end {os.getloadavg()[0]:.1f}", "",
              "| scenario | requests served | failed | what happened | held |", "|---|---:|---:|---|---|"]
    for name, counts, note, ok, failures in rows:
        report.append(f"| {name} | {counts['served']} | {counts['failed']} | {note}{' — first failures: ' + ', '.join(failures) if failures else ''} | {'yes' if ok else '**no**'} |")
    report += ["", "A request fails when it gets a 5xx or no answer; 4xx answers to the pages of removed documents count as served.", ""]
    text = "\n".join(report)
    print(text)
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
    return 0 if all(row[3] for row in rows) and all(row[1]["failed"] == 0 for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
