#!/usr/bin/env python3
"""A pipeline TD's script, written from the OpenAPI document alone (stdlib only).

    python3 pipeline_td.py http://127.0.0.1:3000

It reads GET /api/v1/openapi.json and calls every operation by its operationId, holding each
answer to the document: the status must be declared for the operation, the declared required
headers must be there, a JSON body must match its schema, and every error must be
problem+json with a code the document lists for that status. It signs up, makes an API key,
builds a graph of Characters, Scenes and Shots, submits a batch with per-item overrides,
follows it over SSE with a reconnect on Last-Event-ID (every event's data held to the schema the
document names for that event), pages the run history by cursor,
downloads artifacts with If-None-Match, cancels a run, and provokes the errors a script meets.
Anything the document does not say, or says wrong, ends the script with a non-zero exit.
"""

import hashlib
import http.client
import json
import re
import sys
import time
import urllib.parse
import uuid

BASE = sys.argv[1].rstrip("/")
HOST = urllib.parse.urlsplit(BASE)
findings = []


def fail(message):
    raise SystemExit(f"FAIL: {message}")


def check(condition, message):
    if not condition:
        fail(message)


def connect():
    return http.client.HTTPConnection(HOST.hostname, HOST.port, timeout=60)


def raw(method, path, body=None, headers=None):
    """One request; answers (status, headers as a lower-cased dict, body bytes)."""
    connection = connect()
    connection.request(method, path, body=body, headers=headers or {})
    response = connection.getresponse()
    data = response.read()
    connection.close()
    return response.status, {k.lower(): v for k, v in response.getheaders()}, data


# 1. The document, and an index of its operations by operationId.
status, _, body = raw("GET", "/api/v1/openapi.json")
check(status == 200, f"GET /api/v1/openapi.json answered {status}")
DOC = json.loads(body)
check(DOC.get("servers"), "the document names no server: where do its paths start?")
check(urllib.parse.urljoin(BASE + "/", DOC["servers"][0]["url"]).rstrip("/") == BASE, f"servers[0] {DOC['servers'][0]['url']} is not this server")
OPERATIONS = {}
for path, item in DOC["paths"].items():
    for method, operation in item.items():
        if method in ("get", "post", "put", "patch", "delete"):
            OPERATIONS[operation["operationId"]] = (method.upper(), path, operation)


def resolve(schema):
    while "$ref" in schema:
        name = schema["$ref"].split("/")[-1]
        schema = DOC["components"]["schemas"][name]
    return schema


def conforms(value, schema, where):
    """The JSON Schema subset the document uses: enough to hold answers to it."""
    schema = resolve(schema)
    for part in schema.get("allOf", []):
        conforms(value, part, where)
    if "anyOf" in schema or "oneOf" in schema:
        options = schema.get("anyOf", schema.get("oneOf"))
        errors = []
        for option in options:
            try:
                conforms(value, option, where)
                break
            except SystemExit as error:
                errors.append(str(error))
        else:
            fail(f"{where}: matches none of anyOf/oneOf: {errors}")
    types = schema.get("type")
    if types is not None:
        types = types if isinstance(types, list) else [types]
        kinds = {
            "object": isinstance(value, dict),
            "array": isinstance(value, list),
            "string": isinstance(value, str),
            "integer": isinstance(value, int) and not isinstance(value, bool),
            "number": isinstance(value, (int, float)) and not isinstance(value, bool),
            "boolean": isinstance(value, bool),
            "null": value is None,
        }
        check(any(kinds[t] for t in types), f"{where}: {json.dumps(value)[:80]} is not {types}")
    if "enum" in schema:
        check(value in schema["enum"], f"{where}: {value!r} is not one of {schema['enum']}")
    if "const" in schema:
        check(value == schema["const"], f"{where}: {value!r} is not {schema['const']!r}")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        check(value >= schema.get("minimum", value), f"{where}: {value} is below {schema.get('minimum')}")
        check(value <= schema.get("maximum", value), f"{where}: {value} is above {schema.get('maximum')}")
    if isinstance(value, str):
        check(schema.get("minLength", 0) <= len(value) <= schema.get("maxLength", len(value)), f"{where}: {value!r} has a length outside the schema's")
        check("pattern" not in schema or re.search(schema["pattern"], value), f"{where}: {value!r} does not match {schema.get('pattern')}")
    if isinstance(value, dict):
        for name in schema.get("required", []):
            check(name in value, f"{where}: required property {name} is missing")
        properties = schema.get("properties", {})
        for name, item in value.items():
            if name in properties:
                conforms(item, properties[name], f"{where}.{name}")
            elif isinstance(schema.get("additionalProperties"), dict) and schema["additionalProperties"]:
                conforms(item, schema["additionalProperties"], f"{where}.{name}")
            elif schema.get("additionalProperties") is False:
                fail(f"{where}: property {name} is not in the schema")
    if isinstance(value, list) and "items" in schema:
        for index, item in enumerate(value):
            conforms(item, schema["items"], f"{where}[{index}]")


class Answer:
    def __init__(self, operation_id, status, headers, data):
        self.operation_id, self.status, self.headers, self.data = operation_id, status, headers, data
        kind = headers.get("content-type", "")
        self.json = json.loads(data) if data and "json" in kind else None

    def problem_code(self):
        return (self.json or {}).get("code")


def call(operation_id, params=None, query=None, body=None, headers=None, auth=None):
    """Calls an operation by its operationId and holds the answer to the document."""
    method, path, operation = OPERATIONS[operation_id]
    for name, value in (params or {}).items():
        path = path.replace("{" + name + "}", urllib.parse.quote(str(value), safe=""))
    if query:
        path += "?" + urllib.parse.urlencode(query)
    sent = dict(headers or {})
    if auth:
        sent.update(auth)
    payload = None
    if body is not None:
        payload = json.dumps(body).encode()
        sent["Content-Type"] = "application/json"
    status, received, data = raw(method, path, payload, sent)
    answer = Answer(operation_id, status, received, data)
    hold_to_document(answer, operation)
    hold_to_security(answer, operation, auth)
    return answer


def hold_to_security(answer, operation, auth):
    """The operation says how to call it: `security: []` (or `{}` among its options) is public."""
    check("security" in operation, f"{answer.operation_id}: no security stated: public, or forgotten?")
    schemes = {name for option in operation["security"] for name in option} | ({""} if {} in operation["security"] or not operation["security"] else set())
    used = "" if not auth else ("apiKey" if "Authorization" in auth else "sessionCookie")
    if used not in schemes:
        check(answer.status == 401, f"{answer.operation_id}: called with {used or 'nothing'}, which it does not declare ({schemes}), and answered {answer.status}")


def hold_to_document(answer, operation):
    where = f"{answer.operation_id} {answer.status}"
    declared = operation["responses"].get(str(answer.status))
    check(declared is not None, f"{where}: status not declared (declared: {sorted(operation['responses'])}); body {answer.data[:200]!r}")
    for name, header in declared.get("headers", {}).items():
        if "$ref" in header:
            header = DOC["components"]["headers"][header["$ref"].split("/")[-1]]
        if header.get("required"):
            check(name.lower() in answer.headers, f"{where}: required header {name} is missing")
    content = declared.get("content", {})
    kind = answer.headers.get("content-type", "").split(";")[0].strip()
    if answer.status >= 400:
        check(kind == "application/problem+json", f"{where}: an error as {kind!r}, not problem+json")
        problem = answer.json
        conforms(problem, content["application/problem+json"]["schema"], where)
        check(problem["status"] == answer.status, f"{where}: problem status {problem['status']}")
        check(problem["type"].endswith(problem["code"]), f"{where}: type {problem['type']} against code {problem['code']}")
        check(answer.headers.get("x-request-id") == problem["requestId"], f"{where}: X-Request-Id {answer.headers.get('x-request-id')} is not the problem's requestId")
        listed = content["application/problem+json"].get("examples", {}).keys()
        check(problem["code"] in listed, f"{where}: code {problem['code']} is not among the documented {sorted(listed)}")
        return
    if answer.status == 304:
        check(answer.data == b"", f"{where}: a 304 with a body")
        return
    if not content:
        check(answer.data == b"", f"{where}: a body where the document declares none")
        return
    if "application/json" in content and kind == "application/json":
        conforms(answer.json, content["application/json"]["schema"], where)
    elif kind not in content and "*/*" not in content and f"{kind.split('/')[0]}/*" not in content:
        fail(f"{where}: content type {kind!r} not among {sorted(content)}")


def expect(answer, status, code=None):
    check(answer.status == status, f"{answer.operation_id}: expected {status}, got {answer.status}: {answer.data[:300]!r}")
    if code is not None:
        check(answer.problem_code() == code, f"{answer.operation_id}: expected code {code}, got {answer.problem_code()}")
    return answer.json


# 2. An account, a session, and an API key for everything after.
email = f"td-{uuid.uuid4().hex[:10]}@example.test"
password = "render-farm-at-night-7"
instance = expect(call("getInstance"), 200)
signed_up = call("signUp", body={"email": email, "password": password, "name": "Pipeline TD"})
expect(signed_up, 201)
expect(call("signUp", body={"email": email, "password": password, "name": "Twice"}), 409, "email_taken")
expect(call("signIn", body={"email": email, "password": "not-my-password"}), 401, "invalid_credentials")
signed_in = call("signIn", body={"email": email, "password": password})
expect(signed_in, 200)
cookie = re.search(r"((?:__Host-)?pc_session=[^;]+)", signed_in.headers["set-cookie"]).group(1)
session = {"Cookie": cookie}
key = expect(call("createApiKey", body={"name": "farm", "scopes": ["read", "write", "run"]}, auth=session), 201)["key"]
read_only = expect(call("createApiKey", body={"name": "viewer", "scopes": ["read"]}, auth=session), 201)["key"]
AUTH = {"Authorization": f"Bearer {key}"}
me = expect(call("getMe", auth=AUTH), 200)
expect(call("getMe"), 401, "unauthenticated")
expect(call("getMe", auth={"Authorization": "Bearer pc_not-a-key"}), 401)

# 3. The node catalogue says which fields an override may set.
catalogue = {t["type"]: t for t in expect(call("listNodeTypes"), 200)["nodeTypes"]}
shot_fields = catalogue["shot"]["fieldsSchema"]["properties"]
check("shotSize" in shot_fields and "lensMm" in shot_fields, "shot has no shotSize / lensMm")
sizes = shot_fields["shotSize"]["enum"]

# 4. A graph: two Characters in two Scenes, three Shots.
def node(node_id, node_type, x, data):
    return {"id": node_id, "type": node_type, "position": {"x": x, "y": 0}, "data": data}


def edge(edge_id, source, source_handle, target, target_handle):
    return {"id": edge_id, "source": source, "sourceHandle": source_handle, "target": target, "targetHandle": target_handle}


document = {
    "schemaVersion": 1,
    "nodes": [
        node("mara", "character", 0, {"name": "MARA", "role": "lead"}),
        node("ade", "character", 0, {"name": "ADE", "role": "supporting"}),
        node("sc1", "scene", 320, {"sceneNumber": "1", "intExt": "EXT", "locationName": "HARBOUR", "timeOfDay": "DAWN"}),
        node("sc2", "scene", 320, {"sceneNumber": "2", "intExt": "INT", "locationName": "NET LOFT", "timeOfDay": "DAY"}),
        node("sh1a", "shot", 640, {"shotNumber": "1A", "shotSize": "WS", "lensMm": 24}),
        node("sh1b", "shot", 640, {"shotNumber": "1B", "shotSize": "MCU", "lensMm": 50}),
        node("sh2a", "shot", 640, {"shotNumber": "2A", "shotSize": "CU", "lensMm": 85}),
    ],
    "edges": [
        edge("e1", "mara", "character", "sc1", "characters"),
        edge("e2", "ade", "character", "sc1", "characters"),
        edge("e3", "mara", "character", "sc2", "characters"),
        edge("e4", "sc1", "scene", "sh1a", "scene"),
        edge("e5", "sc1", "scene", "sh1b", "scene"),
        edge("e6", "sc2", "scene", "sh2a", "scene"),
    ],
}
created = call("createGraph", body={"name": "Harbour — pipeline test", "document": document}, auth=AUTH)
graph = expect(created, 201)
graph_id = graph["id"]
check(created.headers["etag"] == f'"{graph["revision"]}"', f"ETag {created.headers['etag']} is not the revision in quotes")
expect(call("createGraph", body={"name": "nope"}, auth={"Authorization": f"Bearer {read_only}"}), 403, "insufficient_scope")
broken = dict(document, nodes=document["nodes"] + [node("bad", "shot", 0, {"lensMm": "long"})])
refused = expect(call("createGraph", body={"name": "broken", "document": broken}, auth=AUTH), 422)
check(refused["code"] in ("validation_failed", "invalid_graph") and refused.get("errors"), f"422 without errors: {refused}")

# Reads are conditional; writes need If-Match.
read = call("getGraph", {"id": graph_id}, auth=AUTH)
expect(read, 200)
etag = read.headers["etag"]
expect(call("getGraph", {"id": graph_id}, headers={"If-None-Match": etag}, auth=AUTH), 304)
edited = json.loads(json.dumps(read.json["document"]))
edited["nodes"][4]["data"]["notes"] = "Golden hour."
expect(call("replaceGraph", {"id": graph_id}, body={"document": edited}, auth=AUTH), 428, "precondition_required")
saved = call("replaceGraph", {"id": graph_id}, body={"document": edited}, headers={"If-Match": etag}, auth=AUTH)
expect(saved, 200)
stale = expect(call("replaceGraph", {"id": graph_id}, body={"document": edited}, headers={"If-Match": etag}, auth=AUTH), 412, "revision_conflict")
check(stale["currentRevision"] == saved.json["revision"], "412 does not say the current revision")
expect(call("getGraph", {"id": "gr_doesnotexist"}, auth=AUTH), 404, "not_found")

# 5. A batch: one item per shot size, each overriding sh1a; submitted idempotently.
items = [{"ref": f"row-{i + 1}", "overrides": {"sh1a": {"shotSize": size, "lensMm": 18 + 6 * i}}} for i, size in enumerate((sizes * 3)[:12])]
submission = {"graphId": graph_id, "items": items, "concurrency": 1}
idempotency_key = str(uuid.uuid4())
submitted = call("submitBatch", body=submission, headers={"Idempotency-Key": idempotency_key}, auth=AUTH)
batch = expect(submitted, 201)
check(submitted.headers["location"] == f"/api/v1/batches/{batch['id']}", f"Location {submitted.headers['location']}")
replayed = call("submitBatch", body=submission, headers={"Idempotency-Key": idempotency_key}, auth=AUTH)
check(expect(replayed, 200)["id"] == batch["id"] and replayed.headers["idempotent-replayed"] == "true", "the replay is not the same batch")
expect(call("submitBatch", body=dict(submission, concurrency=2), headers={"Idempotency-Key": idempotency_key}, auth=AUTH), 422, "idempotency_key_reused")
expect(call("submitBatch", body=submission, auth=AUTH), 422, "validation_failed")
wrong = {"graphId": graph_id, "items": [{"overrides": {"sh1a": {"lensMm": "long"}}}, {"overrides": {"nobody": {"name": "X"}}}]}
invalid = expect(call("submitBatch", body=wrong, headers={"Idempotency-Key": str(uuid.uuid4())}, auth=AUTH), 422, "validation_failed")
paths = [error["path"] for error in invalid["errors"]]
check("items.0.overrides.sh1a.lensMm" in paths, f"no error at items.0.overrides.sh1a.lensMm: {paths}")


# 6. Follow the batch over SSE; drop the connection after the first item and resume with Last-Event-ID.
def event_schemas(operation_id):
    """Event name -> the schema of its data, from the operation's text/event-stream schema."""
    stream = OPERATIONS[operation_id][2]["responses"]["200"]["content"]["text/event-stream"]["schema"]
    options = stream.get("anyOf", stream.get("oneOf", [stream]))
    schemas = {}
    for option in options:
        names = option["properties"]["event"].get("enum") or [option["properties"]["event"].get("const")]
        for name in names:
            check(name not in schemas, f"{operation_id}: event {name} declared twice")
            schemas[name] = option["properties"]["data"]
    check(schemas, f"{operation_id}: the document names no events")
    return schemas


def events(operation_id, params, last_event_id=None, stop=lambda event: False):
    """Follows an SSE operation; every event must be one it declares, its data valid against the schema named for it."""
    declared = event_schemas(operation_id)
    path = OPERATIONS[operation_id][1]
    for name, value in params.items():
        path = path.replace("{" + name + "}", urllib.parse.quote(str(value), safe=""))
    headers = {"Accept": "text/event-stream", **AUTH}
    if last_event_id is not None:
        headers["Last-Event-ID"] = last_event_id
    connection = connect()
    connection.request("GET", path, headers=headers)
    response = connection.getresponse()
    if response.status != 200:
        fail(f"GET {path}: {response.status} {response.read()[:200]!r}")
    check(response.getheader("content-type", "").startswith("text/event-stream"), f"GET {path}: {response.getheader('content-type')}")
    event = {"id": None, "event": "message", "data": []}
    try:
        while True:
            line = response.readline()
            if not line:
                return
            line = line.decode().rstrip("\r\n")
            if line == "":
                if event["data"]:
                    out = {"id": event["id"], "event": event["event"], "data": json.loads("\n".join(event["data"]))}
                    check(out["event"] in declared, f"{operation_id}: event {out['event']} is not among the declared {sorted(declared)}")
                    conforms(out["data"], declared[out["event"]], f"{operation_id} event {out['event']}")
                    EVENTS_SEEN.add((operation_id, out["event"]))
                    yield out
                    if stop(out):
                        return
                event = {"id": event["id"], "event": "message", "data": []}
            elif line.startswith(":"):
                continue
            else:
                field, _, value = line.partition(":")
                value = value[1:] if value.startswith(" ") else value
                if field == "data":
                    event["data"].append(value)
                elif field in ("id", "event"):
                    event[field] = value
    finally:
        connection.close()


EVENTS_SEEN = set()
batch_events = ("streamBatchEvents", {"id": batch["id"]})
final_kinds = ("item.finished", "batch.completed")
first = list(events(*batch_events, stop=lambda event: event["event"] in final_kinds))
opened = first[0]
check(opened["event"] in ("batch.progress", "batch.completed"), f"the stream opened with {opened['event']}")
counts = opened["data"]["counts"]
finished_at_open = counts["succeeded"] + counts["failed"] + counts["cancelled"]
check(int(opened["id"]) == finished_at_open, f"the opening event's id {opened['id']} is not the count of finishes {finished_at_open}")
finished = [event for event in first if event["event"] == "item.finished"]
rest = list(events(*batch_events, last_event_id=first[-1]["id"], stop=lambda event: event["event"] == "batch.completed"))
finished += [event for event in rest if event["event"] == "item.finished"]
ids = [int(event["id"]) for event in finished]
check(ids == list(range(finished_at_open + 1, len(items) + 1)), f"item ids across the reconnect: {ids} after {finished_at_open}")
check(len({event["data"]["index"] for event in finished}) == len(finished), "an item finished twice")
completed = rest[-1]
check(completed["event"] == "batch.completed", f"the stream ended without batch.completed: {rest[-1]}")
check(completed["data"]["status"] == "completed" and completed["data"]["counts"]["succeeded"] == len(items), f"batch: {completed['data']}")
# Last-Event-ID 0, "no finish seen yet", replays every item.
replay = list(events(*batch_events, last_event_id="0"))
indexes = sorted(event["data"]["index"] for event in replay if event["event"] == "item.finished")
check(indexes == list(range(len(items))), f"a replay from 0 gave items {indexes}")
check(replay[-1]["event"] == "batch.completed", "a replay of a finished batch did not end with batch.completed")
done = call("getBatch", {"id": batch["id"]}, auth=AUTH)
expect(done, 200)
if "etag" in done.headers:
    expect(call("getBatch", {"id": batch["id"]}, headers={"If-None-Match": done.headers["etag"]}, auth=AUTH), 304)

# The items, a page at a time; each item's run drew its own frame.
batch_items, cursor = [], None
while True:
    page = expect(call("listBatchItems", {"id": batch["id"]}, query={"limit": 4, **({"cursor": cursor} if cursor else {})}, auth=AUTH), 200)
    batch_items += page["items"]
    cursor = page["nextCursor"]
    if cursor is None:
        break
check([item["index"] for item in batch_items] == list(range(len(items))), "items not in index order")
check([item["ref"] for item in batch_items] == [item["ref"] for item in items], "refs not kept")
expect(call("listBatchItems", {"id": batch["id"]}, query={"cursor": "not-a-cursor"}, auth=AUTH), 400, "invalid_cursor")

# 7. Artifacts: the bytes hash to their name; If-None-Match answers 304.
artifacts = {}
for item in batch_items:
    for output in item["outputs"].values():
        for ref in output["artifacts"].values():
            artifacts[ref["hash"]] = ref
check(len(artifacts) >= len(items), f"{len(artifacts)} artifacts for {len(items)} items")
for ref in list(artifacts.values())[:4]:
    hash_path = {"hash": ref["hash"]}
    got = call("getArtifact", hash_path, auth=AUTH)
    expect(got, 200)
    check(hashlib.sha256(got.data).hexdigest() == ref["hash"] and len(got.data) == ref["bytes"], f"artifact {ref['hash']} bytes differ")
    check(got.headers["content-type"].split(";")[0] == ref["mediaType"].split(";")[0], f"artifact {got.headers['content-type']} against {ref['mediaType']}")
    check(f"/api/v1/artifacts/{ref['hash']}" == ref["url"], f"artifact url {ref['url']}")
    expect(call("getArtifact", hash_path, headers={"If-None-Match": got.headers["etag"]}, auth=AUTH), 304)
expect(call("getArtifact", {"hash": "0" * 64}, auth=AUTH), 404, "not_found")
expect(call("getArtifact", {"hash": "not-a-hash"}, auth=AUTH), 422, "validation_failed")

# 8. A run of its own, followed over SSE with a reconnect, then cancelled ones.
def start_run(body=None):
    started = call("startRun", {"id": graph_id}, body=body, headers={"Idempotency-Key": str(uuid.uuid4())}, auth=AUTH)
    run = expect(started, 202)
    check(started.headers["location"] == f"/api/v1/runs/{run['id']}", f"Location {started.headers['location']}")
    return run


run = start_run({"nodeIds": ["sh2a"]})
run_events = ("streamRunEvents", {"id": run["id"]})
opening = list(events(*run_events, stop=lambda event: event["event"] == "snapshot"))
check(opening[-1]["event"] == "snapshot" and opening[-1]["id"] is not None, f"no snapshot with an id: {opening}")
resumed = list(events(*run_events, last_event_id=opening[-1]["id"]))
check(resumed[0]["event"] == "snapshot", f"a resumed stream opens with {resumed[0]['event']}")
final = [event for event in resumed if event["event"] == "snapshot" or event["event"] == "run.status"][-1]
final_status = final["data"]["status"]
check(final_status == "succeeded", f"run ended {final_status}")
resumed_ids = [int(event["id"]) for event in resumed if event["id"] is not None]
check(resumed_ids == sorted(set(resumed_ids)) and resumed_ids[0] > int(opening[-1]["id"]), f"run event ids {resumed_ids} after {opening[-1]['id']}")
expect(call("streamRunEvents", {"id": "run_doesnotexist"}, auth=AUTH), 404, "not_found")
# The graph's runs: the latest first (the stream does not end by itself).
latest = list(events("streamGraphRunEvents", {"id": graph_id}, stop=lambda event: True))
check(latest[0]["event"] == "run" and latest[0]["data"]["graphId"] == graph_id, f"the graph's runs opened with {latest[0]}")

# A run with work to do (forty new shots: nothing cached) is cancelled while it runs.
current = call("getGraph", {"id": graph_id}, auth=AUTH)
crowded = json.loads(json.dumps(current.json["document"]))
for n in range(40):
    crowded["nodes"].append(node(f"crowd{n}", "shot", 960, {"shotNumber": f"{n + 10}A", "shotSize": "WS", "lensMm": 10 + n}))
    crowded["edges"].append(edge(f"ce{n}", "sc1", "scene", f"crowd{n}", "scene"))
expect(call("replaceGraph", {"id": graph_id}, body={"document": crowded}, headers={"If-Match": current.headers["etag"]}, auth=AUTH), 200)
victim = start_run()
stopped = expect(call("cancelRun", {"id": victim["id"]}, auth=AUTH), 202)
check(stopped["status"] == "cancelled", f"a running run, cancelled, answered {stopped['status']}")
state = expect(call("getRun", {"id": victim["id"]}, auth=AUTH), 200)
check(state["status"] == "cancelled", f"the cancelled run reads {state['status']}")
unfinished = [n["nodeId"] for n in state["nodes"] if n["status"] in ("queued", "running")]
check(not unfinished, f"a cancelled run still has unfinished nodes {unfinished}")
check(any(n["status"] == "cancelled" for n in state["nodes"]), "no node of the cancelled run was cancelled")
# Cancelling is idempotent: a finished run answers its final status.
again = expect(call("cancelRun", {"id": victim["id"]}, auth=AUTH), 202)
check(again["status"] == "cancelled", f"a second cancel answered {again['status']}")
cancelled_ids = [victim["id"]]
expect(call("cancelRun", {"id": "run_doesnotexist"}, auth=AUTH), 404, "not_found")

# 9. The run history, two at a time by cursor: every run once, newest first.
history, cursor, pages = [], None, 0
while True:
    query = {"limit": 2, **({"cursor": cursor} if cursor else {})}
    page = expect(call("listRuns", {"id": graph_id}, query=query, auth=AUTH), 200)
    history += page["runs"]
    cursor, pages = page["nextCursor"], pages + 1
    if cursor is None:
        break
known = {item["runId"] for item in batch_items} | {run["id"], *cancelled_ids}
listed = [entry["id"] for entry in history]
check(len(listed) == len(set(listed)), f"a run listed twice: {listed}")
check(set(listed) == known, f"history {sorted(listed)} against the runs started {sorted(known)}")
created_at = [entry["createdAt"] for entry in history]
check(created_at == sorted(created_at, reverse=True), "history not newest first")
check(pages == (len(known) + 1) // 2, f"{pages} pages of 2 for {len(known)} runs")
expect(call("listRuns", {"id": graph_id}, query={"cursor": "bogus"}, auth=AUTH), 400, "invalid_cursor")
expect(call("listRuns", {"id": graph_id}, query={"limit": 0}, auth=AUTH), 422, "validation_failed")

# Every event name seen was declared and its data valid against the schema the document names for it.
# (A run of cached shots may be final by its first snapshot, so live run events are not required.)
expected_events = {("streamBatchEvents", "item.finished"), ("streamBatchEvents", "batch.completed"), ("streamRunEvents", "snapshot"), ("streamGraphRunEvents", "run")}
check(expected_events <= EVENTS_SEEN, f"events never seen: {sorted(expected_events - EVENTS_SEEN)}")

print(json.dumps({"ok": True, "graph": graph_id, "batch": batch["id"], "runs": len(known), "artifacts": len(artifacts), "historyPages": pages, "eventKinds": len(EVENTS_SEEN)}))
