# Transcription of the OASIS SARIF 2.1.0 JSON schema (validation keywords only); see README.md here.
import json
GUID = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$"
LANG = "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}?$"
def R(n): return {"$ref": "#/definitions/" + n}
def arr(n, mn=0, uniq=True): return {"type": "array", "minItems": mn, "uniqueItems": uniq, "items": R(n)}
S = lambda: {"type": "string"}
I = lambda: {"type": "integer"}
B = lambda: {"type": "boolean"}
N = lambda: {"type": "number"}
IDX = lambda: {"type": "integer", "minimum": -1}
G = lambda: {"type": "string", "pattern": GUID}
DT = lambda: {"type": "string", "format": "date-time"}
URI = lambda: {"type": "string", "format": "uri"}
MIN = lambda m: {"type": "integer", "minimum": m}
STRS = lambda uniq=True: {"type": "array", "minItems": 0, "uniqueItems": uniq, "items": {"type": "string"}}
MAPS = lambda: {"type": "object", "additionalProperties": {"type": "string"}}
MAPM = lambda: {"type": "object", "additionalProperties": R("multiformatMessageString")}
LEVEL = lambda: {"enum": ["none", "note", "warning", "error"]}
RANK = lambda: {"type": "number", "minimum": -1.0, "maximum": 100.0}
def obj(props, required=None, **extra):
    p = dict(props); p["properties"] = R("propertyBag")
    o = {"type": "object", "additionalProperties": False, "properties": p}
    if required: o["required"] = required
    o.update(extra)
    return o
anyreq = lambda *ks: [{"required": [k]} for k in ks]
EPFR = "externalPropertyFileReference"
d = {}
d["address"] = obj({"absoluteAddress": IDX(), "relativeAddress": I(), "length": I(), "kind": S(), "name": S(), "fullyQualifiedName": S(), "offsetFromParent": I(), "index": IDX(), "parentIndex": IDX()})
d["artifact"] = obj({"description": R("message"), "location": R("artifactLocation"), "parentIndex": IDX(), "offset": MIN(0), "length": IDX(),
  "roles": {"type": "array", "minItems": 0, "uniqueItems": True, "items": {"enum": ["analysisTarget", "attachment", "responseFile", "resultFile", "standardStream", "tracedFile", "unmodified", "modified", "added", "deleted", "renamed", "uncontrolled", "driver", "extension", "translation", "taxonomy", "policy", "referencedOnCommandLine", "memoryContents", "directory", "userSpecifiedConfiguration", "toolSpecifiedConfiguration", "debugOutputFile"]}},
  "mimeType": {"type": "string", "pattern": "[^/]+/.+"}, "contents": R("artifactContent"), "encoding": S(), "sourceLanguage": S(), "hashes": MAPS(), "lastModifiedTimeUtc": DT()})
d["artifactChange"] = obj({"artifactLocation": R("artifactLocation"), "replacements": arr("replacement", 1, False)}, ["artifactLocation", "replacements"])
d["artifactContent"] = obj({"text": S(), "binary": S(), "rendered": R("multiformatMessageString")})
d["artifactLocation"] = obj({"uri": {"type": "string", "format": "uri-reference"}, "uriBaseId": S(), "index": IDX(), "description": R("message")})
d["attachment"] = obj({"description": R("message"), "artifactLocation": R("artifactLocation"), "regions": arr("region"), "rectangles": arr("rectangle")}, ["artifactLocation"])
d["codeFlow"] = obj({"message": R("message"), "threadFlows": arr("threadFlow", 1, False)}, ["threadFlows"])
d["configurationOverride"] = obj({"configuration": R("reportingConfiguration"), "descriptor": R("reportingDescriptorReference")}, ["configuration", "descriptor"])
d["conversion"] = obj({"tool": R("tool"), "invocation": R("invocation"), "analysisToolLogFiles": arr("artifactLocation")}, ["tool"])
d["edge"] = obj({"id": S(), "label": R("message"), "sourceNodeId": S(), "targetNodeId": S()}, ["id", "sourceNodeId", "targetNodeId"])
d["edgeTraversal"] = obj({"edgeId": S(), "message": R("message"), "finalState": MAPM(), "stepOverEdgeCount": MIN(0)}, ["edgeId"])
d["exception"] = obj({"kind": S(), "message": S(), "stack": R("stack"), "innerExceptions": arr("exception", 0, False)})
d["externalProperties"] = obj({"schema": URI(), "version": {"enum": ["2.1.0"]}, "guid": G(), "runGuid": G(), "conversion": R("conversion"), "graphs": arr("graph"), "externalizedProperties": R("propertyBag"), "artifacts": arr("artifact"), "invocations": arr("invocation", 0, False), "logicalLocations": arr("logicalLocation"), "threadFlowLocations": arr("threadFlowLocation"), "results": arr("result", 0, False), "taxonomies": arr("toolComponent"), "driver": R("toolComponent"), "extensions": arr("toolComponent"), "policies": arr("toolComponent"), "translations": arr("toolComponent"), "addresses": arr("address", 0, False), "webRequests": arr("webRequest"), "webResponses": arr("webResponse")})
d[EPFR] = obj({"location": R("artifactLocation"), "guid": G(), "itemCount": IDX()}, None, anyOf=anyreq("location", "guid"))
d["externalPropertyFileReferences"] = obj({"conversion": R(EPFR), "graphs": arr(EPFR), "externalizedProperties": R(EPFR), "artifacts": arr(EPFR), "invocations": arr(EPFR), "logicalLocations": arr(EPFR), "threadFlowLocations": arr(EPFR), "results": arr(EPFR), "taxonomies": arr(EPFR), "addresses": arr(EPFR), "driver": R(EPFR), "extensions": arr(EPFR), "policies": arr(EPFR), "translations": arr(EPFR), "webRequests": arr(EPFR), "webResponses": arr(EPFR)})
d["fix"] = obj({"description": R("message"), "artifactChanges": arr("artifactChange", 1, True)}, ["artifactChanges"])
d["graph"] = obj({"description": R("message"), "nodes": arr("node"), "edges": arr("edge")})
d["graphTraversal"] = obj({"runGraphIndex": IDX(), "resultGraphIndex": IDX(), "description": R("message"), "initialState": MAPM(), "immutableState": MAPM(), "edgeTraversals": arr("edgeTraversal", 0, False)}, None, oneOf=anyreq("runGraphIndex", "resultGraphIndex"))
d["invocation"] = obj({"commandLine": S(), "arguments": STRS(False), "responseFiles": arr("artifactLocation"), "startTimeUtc": DT(), "endTimeUtc": DT(), "exitCode": I(), "ruleConfigurationOverrides": arr("configurationOverride"), "notificationConfigurationOverrides": arr("configurationOverride"), "toolExecutionNotifications": arr("notification", 0, False), "toolConfigurationNotifications": arr("notification", 0, False), "exitCodeDescription": S(), "exitSignalName": S(), "exitSignalNumber": I(), "processStartFailureMessage": S(), "executionSuccessful": B(), "machine": S(), "account": S(), "processId": I(), "executableLocation": R("artifactLocation"), "workingDirectory": R("artifactLocation"), "environmentVariables": MAPS(), "stdin": R("artifactLocation"), "stdout": R("artifactLocation"), "stderr": R("artifactLocation"), "stdoutStderr": R("artifactLocation")}, ["executionSuccessful"])
d["location"] = obj({"id": IDX(), "physicalLocation": R("physicalLocation"), "logicalLocations": arr("logicalLocation"), "message": R("message"), "annotations": arr("region"), "relationships": arr("locationRelationship")})
d["locationRelationship"] = obj({"target": MIN(0), "kinds": {"type": "array", "uniqueItems": True, "items": {"type": "string"}}, "description": R("message")}, ["target"])
d["logicalLocation"] = obj({"name": S(), "index": IDX(), "fullyQualifiedName": S(), "decoratedName": S(), "parentIndex": IDX(), "kind": S()})
d["message"] = obj({"text": S(), "markdown": S(), "id": S(), "arguments": STRS(False)}, None, anyOf=anyreq("text", "id"))
d["multiformatMessageString"] = obj({"text": S(), "markdown": S()}, ["text"])
d["node"] = obj({"id": S(), "label": R("message"), "location": R("location"), "children": arr("node")}, ["id"])
d["notification"] = obj({"locations": arr("location"), "message": R("message"), "level": LEVEL(), "threadId": I(), "timeUtc": DT(), "exception": R("exception"), "descriptor": R("reportingDescriptorReference"), "associatedRule": R("reportingDescriptorReference")}, ["message"])
d["physicalLocation"] = obj({"address": R("address"), "artifactLocation": R("artifactLocation"), "region": R("region"), "contextRegion": R("region")}, None, anyOf=anyreq("address", "artifactLocation"))
d["propertyBag"] = {"type": "object", "additionalProperties": True, "properties": {"tags": STRS(True)}}
d["rectangle"] = obj({"top": N(), "left": N(), "bottom": N(), "right": N(), "message": R("message")})
d["region"] = obj({"startLine": MIN(1), "startColumn": MIN(1), "endLine": MIN(1), "endColumn": MIN(1), "charOffset": IDX(), "charLength": MIN(0), "byteOffset": IDX(), "byteLength": MIN(0), "snippet": R("artifactContent"), "message": R("message"), "sourceLanguage": S()})
d["replacement"] = obj({"deletedRegion": R("region"), "insertedContent": R("artifactContent")}, ["deletedRegion"])
d["reportingDescriptor"] = obj({"id": S(), "deprecatedIds": STRS(True), "guid": G(), "deprecatedGuids": {"type": "array", "minItems": 0, "uniqueItems": True, "items": G()}, "name": S(), "deprecatedNames": STRS(True), "shortDescription": R("multiformatMessageString"), "fullDescription": R("multiformatMessageString"), "messageStrings": MAPM(), "defaultConfiguration": R("reportingConfiguration"), "helpUri": URI(), "help": R("multiformatMessageString"), "relationships": arr("reportingDescriptorRelationship")}, ["id"])
d["reportingConfiguration"] = obj({"enabled": B(), "level": LEVEL(), "rank": RANK(), "parameters": R("propertyBag")})
d["reportingDescriptorReference"] = obj({"id": S(), "index": IDX(), "guid": G(), "toolComponent": R("toolComponentReference")}, None, anyOf=anyreq("index", "guid", "id"))
d["reportingDescriptorRelationship"] = obj({"target": R("reportingDescriptorReference"), "kinds": {"type": "array", "uniqueItems": True, "items": {"type": "string"}}, "description": R("message")}, ["target"])
d["result"] = obj({"ruleId": S(), "ruleIndex": IDX(), "rule": R("reportingDescriptorReference"), "kind": {"enum": ["notApplicable", "pass", "fail", "review", "open", "informational"]}, "level": LEVEL(), "message": R("message"), "analysisTarget": R("artifactLocation"), "locations": arr("location", 0, False), "guid": G(), "correlationGuid": G(), "occurrenceCount": MIN(1), "partialFingerprints": MAPS(), "fingerprints": MAPS(), "stacks": arr("stack"), "codeFlows": arr("codeFlow", 0, False), "graphs": arr("graph"), "graphTraversals": arr("graphTraversal"), "relatedLocations": arr("location"), "suppressions": arr("suppression"), "baselineState": {"enum": ["new", "unchanged", "updated", "absent"]}, "rank": RANK(), "attachments": arr("attachment"), "hostedViewerUri": URI(), "workItemUris": {"type": "array", "minItems": 0, "uniqueItems": True, "items": URI()}, "provenance": R("resultProvenance"), "fixes": arr("fix"), "taxa": arr("reportingDescriptorReference"), "webRequest": R("webRequest"), "webResponse": R("webResponse")}, ["message"])
d["resultProvenance"] = obj({"firstDetectionTimeUtc": DT(), "lastDetectionTimeUtc": DT(), "firstDetectionRunGuid": G(), "lastDetectionRunGuid": G(), "invocationIndex": IDX(), "conversionSources": arr("physicalLocation")})
d["run"] = obj({"tool": R("tool"), "invocations": arr("invocation", 0, False), "conversion": R("conversion"), "language": {"type": "string", "pattern": LANG}, "versionControlProvenance": arr("versionControlDetails"), "originalUriBaseIds": {"type": "object", "additionalProperties": R("artifactLocation")}, "artifacts": arr("artifact"), "logicalLocations": arr("logicalLocation"), "graphs": arr("graph"), "results": arr("result", 0, False), "automationDetails": R("runAutomationDetails"), "runAggregates": arr("runAutomationDetails"), "baselineGuid": G(), "redactionTokens": STRS(True), "defaultEncoding": S(), "defaultSourceLanguage": S(), "newlineSequences": {"type": "array", "minItems": 1, "uniqueItems": True, "items": {"type": "string"}}, "columnKind": {"enum": ["utf16CodeUnits", "unicodeCodePoints"]}, "externalPropertyFileReferences": R("externalPropertyFileReferences"), "threadFlowLocations": arr("threadFlowLocation"), "taxonomies": arr("toolComponent"), "addresses": arr("address", 0, False), "translations": arr("toolComponent"), "policies": arr("toolComponent"), "webRequests": arr("webRequest"), "webResponses": arr("webResponse"), "specialLocations": R("specialLocations")}, ["tool"])
d["runAutomationDetails"] = obj({"description": R("message"), "id": S(), "guid": G(), "correlationGuid": G()})
d["specialLocations"] = obj({"displayBase": R("artifactLocation")})
d["stack"] = obj({"message": R("message"), "frames": arr("stackFrame", 0, False)}, ["frames"])
d["stackFrame"] = obj({"location": R("location"), "module": S(), "threadId": I(), "parameters": STRS(False)})
d["suppression"] = obj({"guid": G(), "kind": {"enum": ["inSource", "external"]}, "state": {"enum": ["accepted", "underReview", "rejected"]}, "justification": S(), "location": R("location")}, ["kind"])
d["threadFlow"] = obj({"id": S(), "message": R("message"), "initialState": MAPM(), "immutableState": MAPM(), "locations": arr("threadFlowLocation", 1, False)}, ["locations"])
d["threadFlowLocation"] = obj({"index": IDX(), "location": R("location"), "stack": R("stack"), "kinds": STRS(True), "taxa": arr("reportingDescriptorReference"), "module": S(), "state": MAPM(), "nestingLevel": MIN(0), "executionOrder": IDX(), "executionTimeUtc": DT(), "importance": {"enum": ["important", "essential", "unimportant"]}, "webRequest": R("webRequest"), "webResponse": R("webResponse")})
d["tool"] = obj({"driver": R("toolComponent"), "extensions": arr("toolComponent")}, ["driver"])
d["toolComponent"] = obj({"guid": G(), "name": S(), "organization": S(), "product": S(), "productSuite": S(), "shortDescription": R("multiformatMessageString"), "fullDescription": R("multiformatMessageString"), "fullName": S(), "version": S(), "semanticVersion": S(), "dottedQuadFileVersion": {"type": "string", "pattern": "[0-9]+(\\.[0-9]+){3}"}, "releaseDateUtc": S(), "downloadUri": URI(), "informationUri": URI(), "globalMessageStrings": MAPM(), "notifications": arr("reportingDescriptor"), "rules": arr("reportingDescriptor"), "taxa": arr("reportingDescriptor"), "locations": {"type": "array", "minItems": 0, "items": R("artifactLocation")}, "language": {"type": "string", "pattern": LANG}, "contents": {"type": "array", "uniqueItems": True, "items": {"enum": ["localizedData", "nonLocalizedData"]}}, "isComprehensive": B(), "localizedDataSemanticVersion": S(), "minimumRequiredLocalizedDataSemanticVersion": S(), "associatedComponent": R("toolComponentReference"), "translationMetadata": R("translationMetadata"), "supportedTaxonomies": arr("toolComponentReference")}, ["name"])
d["toolComponentReference"] = obj({"name": S(), "index": IDX(), "guid": G()})
d["translationMetadata"] = obj({"name": S(), "fullName": S(), "shortDescription": R("multiformatMessageString"), "fullDescription": R("multiformatMessageString"), "downloadUri": URI(), "informationUri": URI()}, ["name"])
d["versionControlDetails"] = obj({"repositoryUri": URI(), "revisionId": S(), "branch": S(), "revisionTag": S(), "asOfTimeUtc": DT(), "mappedTo": R("artifactLocation")}, ["repositoryUri"])
d["webRequest"] = obj({"index": IDX(), "protocol": S(), "version": S(), "target": S(), "method": S(), "headers": MAPS(), "parameters": MAPS(), "body": R("artifactContent")})
d["webResponse"] = obj({"index": IDX(), "protocol": S(), "version": S(), "statusCode": I(), "reasonPhrase": S(), "headers": MAPS(), "body": R("artifactContent"), "noResponseReceived": B()})
root = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "title": "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema",
  "$id": "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json",
  "description": "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema: a standard format for the output of static analysis tools.",
  "additionalProperties": False, "type": "object",
  "properties": {"$schema": URI(), "version": {"enum": ["2.1.0"]}, "runs": arr("run", 0, False), "inlineExternalProperties": arr("externalProperties"), "properties": R("propertyBag")},
  "required": ["version", "runs"],
  "definitions": d,
}
# every $ref must resolve
def refs(x):
    if isinstance(x, dict):
        for k, v in x.items():
            if k == "$ref": yield v
            else: yield from refs(v)
    elif isinstance(x, list):
        for v in x: yield from refs(v)
missing = {r for r in refs(root) if r.split("/")[-1] not in d}
assert not missing, missing
print(len(d), "definitions")
import os
json.dump(root, open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "sarif-schema-2.1.0.json"), "w"), indent=2)
# run: python3 test/fixtures-schema/transcribe-sarif-schema.py
