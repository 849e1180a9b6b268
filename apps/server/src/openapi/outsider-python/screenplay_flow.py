#!/usr/bin/env python3
"""A newcomer's script, written from the OpenAPI document and docs/ alone (stdlib only).

    python3 screenplay_flow.py http://127.0.0.1:3000

Sign up, make an API key from the session, create a graph, import a Fountain screenplay into it
(its shot lines become Shots), submit a batch of lens variants, follow it over SSE with a
Last-Event-ID resume (and one past the batch), follow a run's SSE, download a PNG frame (304 on
If-None-Match) and the breakdown CSV and storyboard PDF, and meet the errors the docs describe:
problem+json whose code, status and plain-words messages a script can act on. The last line is a
JSON summary; anything unexpected ends it with a non-zero exit.
"""
import json
import os
import re
import sys
import tempfile
import uuid
import urllib.error
import urllib.request
from http.cookiejar import CookieJar

ORIGIN = (sys.argv[1] if len(sys.argv) > 1 else os.environ.get("PC_ORIGIN", "http://localhost:3000")).rstrip("/")
BASE = ORIGIN + "/api/v1"
OUT = tempfile.mkdtemp(prefix="pc-screenplay-flow-")

PILOT = """Title: The Lighthouse Keeper
Credit: Written by
Author: A. Newcomer

EXT. HARBOUR - DAWN

MARA (40s), a weathered keeper, watches the boats come in.

CLOSE ON MARA

Her eyes follow one boat.

MARA
He's late again.

TOMAS
The tide turned early.

INT. LIGHTHOUSE - NIGHT

WIDE - THE LAMP ROOM

Mara climbs the last stairs. TOMAS follows.

TOMAS
You never sleep.

MARA
Somebody has to keep it lit.
"""

jar = CookieJar()
cookie_opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
plain_opener = urllib.request.build_opener()


class Problem(Exception):
    def __init__(self, status, body, headers):
        self.status, self.body, self.headers = status, body, headers
        self.code = body.get("code") if isinstance(body, dict) else None
        super().__init__(f"{status} {self.code}: {body.get('detail') if isinstance(body, dict) else body}")


def call(method, path, body=None, key=None, headers=None, cookies=False, raw=False, expect=None):
    url = path if path.startswith("http") else ORIGIN + path
    h = {"accept": "application/json"}
    if headers:
        h.update(headers)
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        h["content-type"] = "application/json"
    if key:
        h["authorization"] = f"Bearer {key}"
    req = urllib.request.Request(url, data=data, method=method, headers=h)
    opener = cookie_opener if cookies else plain_opener
    try:
        res = opener.open(req, timeout=30)
        status, hdrs, payload = res.status, res.headers, res.read()
    except urllib.error.HTTPError as e:
        status, hdrs, payload = e.code, e.headers, e.read()
        ctype = hdrs.get("content-type", "")
        if status == 304:
            return status, hdrs, None
        if not ctype.startswith("application/problem+json"):
            raise RuntimeError(f"{method} {url}: {status} without problem+json ({ctype}): {payload[:200]!r}")
        raise Problem(status, json.loads(payload), hdrs)
    if expect and status not in expect:
        raise RuntimeError(f"{method} {url}: {status}, expected {expect}")
    if raw:
        return status, hdrs, payload
    return status, hdrs, (json.loads(payload) if payload else None)


def api(method, path, **kw):
    return call(method, path if path.startswith("/api/") else "/api/v1" + path, **kw)


def sse(path, key, last_event_id=None, stop_after=None, timeout=60):
    """Yield (event, id, data) from a text/event-stream; stop after `stop_after` events if given."""
    h = {"accept": "text/event-stream", "authorization": f"Bearer {key}"}
    if last_event_id is not None:
        h["last-event-id"] = str(last_event_id)
    req = urllib.request.Request(BASE + path, headers=h)
    res = plain_opener.open(req, timeout=timeout)
    assert res.headers.get("content-type", "").startswith("text/event-stream"), res.headers.get("content-type")
    event, eid, data, n = None, None, [], 0
    try:
        for raw in res:
            line = raw.decode().rstrip("\r\n")
            if line == "":
                if data:
                    yield event or "message", eid, json.loads("\n".join(data))
                    n += 1
                    if stop_after and n >= stop_after:
                        return
                event, data = None, []
                continue
            if line.startswith(":"):
                continue
            field, _, value = line.partition(":")
            value = value[1:] if value.startswith(" ") else value
            if field == "event":
                event = value
            elif field == "data":
                data.append(value)
            elif field == "id":
                eid = value
    finally:
        res.close()


def step(msg):
    print(f"-- {msg}", flush=True)


def check(condition, message):
    if not condition:
        raise SystemExit(f"FAIL: {message}")



PROBLEMS = []
# zod's own words for developers; a problem's messages are for whoever wrote the request.
DEVELOPER_WORDS = re.compile(r"Invalid (input|string|ISO|URL|email)|must match pattern|expected .* received|Too (small|big):")


def expect_problem(label, status, code, fn):
    """The call fails as documented: problem+json with this status and code, its messages in plain words."""
    try:
        fn()
    except Problem as p:
        body = p.body
        check(p.status == status and p.code == code, f"{label}: {p.status} {p.code}, expected {status} {code}")
        check(body["status"] == p.status and body["type"] == f"urn:production-canvas:problem:{code}" and body["requestId"], f"{label}: problem {body}")
        words = [body.get("detail") or ""] + [e["message"] for e in body.get("errors", [])]
        check(not any(DEVELOPER_WORDS.search(w) for w in words), f"{label}: not in plain words: {words}")
        step(f"{label}: {p.status} {p.code} — {body.get('detail')}")
        PROBLEMS.append(code)
        return p
    raise SystemExit(f"FAIL: {label}: no error")


# 1. Account, session, API key -------------------------------------------------------------
email, password = f"newcomer-{uuid.uuid4().hex[:8]}@example.com", "a long enough password"
api("POST", "/auth/signup", body={"email": email, "password": password, "name": "New Comer"}, cookies=True, expect=[201])
api("POST", "/auth/login", body={"email": email, "password": password}, cookies=True, expect=[200])
_, _, created_key = api("POST", "/api-keys", body={"name": "screenplay flow", "scopes": ["read", "write", "run"]}, cookies=True, expect=[201])
KEY = created_key["key"]
check(created_key["lastUsedAt"] is None, "a new key says it was used")
p = expect_problem("a key minting a key", 403, "session_required", lambda: api("POST", "/api-keys", body={"name": "nope", "scopes": ["read"]}, key=KEY))

# 2. A graph, then a Fountain screenplay imported into it ---------------------------------
_, hdrs, graph = api("POST", "/graphs", body={"name": "Lighthouse (script)"}, key=KEY, expect=[201])
gid = graph["id"]
check(hdrs.get("location") == f"/api/v1/graphs/{gid}", f"Location {hdrs.get('location')}")
_, _, imported = api("POST", f"/graphs/{gid}/import", body={"format": "fountain", "source": PILOT}, key=KEY, expect=[200])
rep = imported["importReport"]
step(f"import: {rep['scenes']} scenes, {rep['characters']} characters, {rep['locations']} locations, {rep['shots']} shots")
check((rep["scenes"], rep["characters"], rep["locations"], rep["shots"]) == (2, 2, 2, 2), f"import report {rep}")
shots = [n for n in imported["document"]["nodes"] if n["type"] == "shot"]
shot = next(n["id"] for n in shots if n["data"].get("description") == "CLOSE ON MARA")

# 3. A batch: one item per lens, sent twice with one Idempotency-Key ---------------------------
batch_body = {"graphId": gid, "items": [{"ref": f"{mm}mm", "overrides": {shot: {"lensMm": mm}}} for mm in (24, 35, 50, 85)], "concurrency": 2}
idem = str(uuid.uuid4())
status, hdrs, batch = api("POST", "/batches", body=batch_body, key=KEY, headers={"idempotency-key": idem}, expect=[201])
status2, hdrs2, again = api("POST", "/batches", body=batch_body, key=KEY, headers={"idempotency-key": idem}, expect=[200])
check(again["id"] == batch["id"] and hdrs2.get("idempotent-replayed") == "true", f"replay {dict(hdrs2)}")
p = expect_problem("a bad override", 422, "validation_failed", lambda: api("POST", "/batches", key=KEY, headers={"idempotency-key": str(uuid.uuid4())},
    body={"graphId": gid, "items": [{"overrides": {shot: {"lensMm": -3}}}]}))
check(p.body["errors"][0]["path"] == f"items.0.overrides.{shot}.lensMm", f"override error at {p.body['errors']}")

# 4. Follow it: two events, drop, resume with Last-Event-ID ---------------------------------
first = list(sse(f"/batches/{batch['id']}/events", KEY, stop_after=2))
last = first[-1][1]
resumed = []
for ev, eid, data in sse(f"/batches/{batch['id']}/events", KEY, last_event_id=last):
    resumed.append((ev, int(eid), data))
    if ev == "batch.completed":
        break
finished = [data["index"] for ev, _, data in first + [(e, str(i), d) for e, i, d in resumed] if ev == "item.finished"]
# The first event's batch counts the finishes before it; every later one comes once as item.finished.
before = first[0][2]["counts"]["succeeded"]
check(len(set(finished)) == len(finished) and before + len(finished) == 4, f"items finished across the reconnect: {before} counted, then {finished}")
check(resumed[-1][1] == 4 and resumed[-1][2]["counts"]["succeeded"] == 4, f"completed event {resumed[-1][:2]}")
# An id past the batch's finishes (another batch's) is not taken as this batch's
ahead = list(sse(f"/batches/{batch['id']}/events", KEY, last_event_id=99))
check([(ev, eid) for ev, eid, _ in ahead] == [("batch.completed", "4")], f"Last-Event-ID 99: {[(ev, eid) for ev, eid, _ in ahead]}")

# 5. Results and a PNG frame, revalidated -------------------------------------------------------
_, _, items = api("GET", f"/batches/{batch['id']}/items?limit=500", key=KEY)
check([it["status"] for it in items["items"]] == ["succeeded"] * 4, "items not all succeeded")
png = items["items"][0]["outputs"][shot]["artifacts"]["frame.png"]
check(png["mediaType"] == "image/png", f"frame.png is {png['mediaType']}")
_, h, data = call("GET", png["url"], key=KEY, raw=True)
check(data[:8] == b"\x89PNG\r\n\x1a\n" and h.get("content-type") == "image/png" and len(data) == png["bytes"], "not the PNG the item names")
open(os.path.join(OUT, "frame.png"), "wb").write(data)
st, _, _ = call("GET", png["url"], key=KEY, headers={"if-none-match": h.get("etag")}, raw=True)
check(st == 304, f"If-None-Match on a frame: {st}")

# 6. A run of the graph itself, followed over SSE: a final run may be its snapshot alone --------
status, hdrs, run = api("POST", f"/graphs/{gid}/runs", body={}, key=KEY, headers={"idempotency-key": str(uuid.uuid4())}, expect=[202])
final = None
for ev, eid, data in sse(f"/runs/{run['id']}/events", KEY):
    if ev == "snapshot" and data["status"] in ("succeeded", "failed", "cancelled"):
        final = data["status"]
    if ev == "run.status" and data["status"] in ("succeeded", "failed", "cancelled"):
        final = data["status"]
check(final == "succeeded", f"the run's stream ended at {final}")
_, _, results = api("GET", f"/graphs/{gid}/results", key=KEY)
check(len(results["nodes"]) == len(imported["document"]["nodes"]), "a result per node")

# 7. Exports: the breakdown CSV and the storyboard PDF --------------------------------------------
_, h, data = api("GET", f"/graphs/{gid}/exports/csv_breakdown", key=KEY, raw=True)
check(h.get("content-type") == "text/csv; charset=utf-8" and 'filename="lighthouse-script.breakdown.csv"' in h.get("content-disposition", ""), f"csv headers {dict(h)}")
rows = data.decode("utf-8-sig").splitlines()
check(rows[1].startswith("1,EXT. HARBOUR - DAWN,") and "MARA, TOMAS" in rows[1], f"breakdown rows {rows[:3]}")
_, h, data = api("GET", f"/graphs/{gid}/exports/pdf_storyboard", key=KEY, raw=True)
check(data[:5] == b"%PDF-" and h.get("content-type") == "application/pdf", "not a PDF")
st, _, _ = api("GET", f"/graphs/{gid}/exports/pdf_storyboard", key=KEY, headers={"if-none-match": h.get("etag")}, raw=True)
check(st == 304, f"If-None-Match on an export: {st}")

# 8. Errors as the docs describe them: branch on code; messages in plain words --------------------
expect_problem("no key", 401, "unauthenticated", lambda: api("GET", "/graphs"))
expect_problem("an unknown graph", 404, "not_found", lambda: api("GET", "/graphs/gr_nope", key=KEY))
expect_problem("PUT without If-Match", 428, "precondition_required", lambda: api("PUT", f"/graphs/{gid}", key=KEY, body={"document": imported["document"]}))
p = expect_problem("a stale If-Match", 412, "revision_conflict", lambda: api("PUT", f"/graphs/{gid}", key=KEY, body={"document": imported["document"]}, headers={"if-match": '"1"'}))
check(p.body["currentRevision"] == imported["revision"], "412 without currentRevision")
expect_problem("an import without source", 422, "validation_failed", lambda: api("POST", "/graphs/import", key=KEY, body={"format": "fountain"}))
expect_problem("an unknown export", 422, "validation_failed", lambda: api("GET", f"/graphs/{gid}/exports/docx", key=KEY))
expect_problem("an unknown revision", 404, "not_found", lambda: api("GET", f"/graphs/{gid}/exports/csv_breakdown?revision=999", key=KEY))
expect_problem("a bad artifact hash", 422, "validation_failed", lambda: api("GET", "/artifacts/xyz", key=KEY))
expect_problem("an expiry without its offset", 422, "validation_failed", lambda: api("POST", "/api-keys", body={"name": "k", "scopes": ["read"], "expiresAt": "2027-01-01"}, cookies=True))
p = expect_problem("a batch without Idempotency-Key", 422, "validation_failed", lambda: api("POST", "/batches", key=KEY, body=batch_body))
check(p.body["errors"][0]["path"] == "idempotency-key", f"{p.body['errors']}")
p = expect_problem("a colour that is not one", 422, "invalid_graph", lambda: api("POST", "/graphs", key=KEY, body={"name": "c", "document": {
    "schemaVersion": 1, "nodes": [{"id": "ana", "type": "character", "position": {"x": 0, "y": 0}, "data": {"name": "ANA", "color": "red"}}], "edges": []}}))
check(p.body["errors"][0]["message"] == "ANA: Colour — use a hex colour such as #4f46e5.", f"{p.body['errors']}")

print(json.dumps({"ok": True, "problems": len(PROBLEMS), "frameBytes": png["bytes"], "itemsFinished": len(finished)}))
