// The file format of every collection in config.yml ("tsunagu-yml"): records saved as `tsunagu check`
// reads them, and as editors wrote them.
//
// Decap CMS's own YAML writer follows YAML 1.2 and writes the whole file anew: it would drop the schema
// line and every comment, and write a time as 10:00, which the check's YAML 1.1 reader takes for a
// number. This format edits the file as it was loaded instead: the fields a save did not change keep
// their lines as written, and a changed or new value is written so that YAML 1.1 reads it back as it
// is ("10:00", "0123" and "yes" in quotes; a date as a date).
import { Document, isMap, isScalar, isSeq, parseDocument } from "./yaml/index.js";

const SCHEMA = { version: "1.1" };
const OUTPUT = { lineWidth: 0 };
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const FLUSH_LISTS = /^( *)[^\s#-][^\n]*:\n\1- /m; // a file whose lists start at their key's column
const ID_FIELD = "id"; // the form's field for a new record's file name (cms_config.ID_FIELD), not a record field

let loaded = null; // the text of the file being saved, as it was loaded (from the preSave event)

function fromFile(text) {
  const doc = parseDocument(text, SCHEMA);
  if (doc.errors.length) throw new Error(doc.errors.map((error) => error.message).join("\n"));
  return asForm(doc.toJS());
}

function toFile(data, order = [], comments = {}) {
  const value = cleaned({ ...data, [ID_FIELD]: undefined });
  const doc = loaded ? parseDocument(loaded, SCHEMA) : new Document({}, SCHEMA);
  const fresh = !loaded;
  mergeMap(doc, doc.contents, value, order);
  if (fresh) addComments(doc.contents, comments);
  const text = doc.toString({ ...OUTPUT, indentSeq: fresh || !FLUSH_LISTS.test(loaded) });
  loaded = null;
  return text;
}

/** Dates as the form's date fields give them (text), everything else as read. */
function asForm(value) {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(asForm);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, asForm(item)]));
  }
  return value;
}

/** A value without what the form leaves empty: the record has no such field. */
function cleaned(value) {
  if (Array.isArray(value)) {
    const items = value.map(cleaned).filter((item) => item !== undefined);
    return items.length ? items : undefined;
  }
  if (value && typeof value === "object") {
    const entries = Object.entries(value).map(([key, item]) => [key, cleaned(item)]);
    const kept = entries.filter(([, item]) => item !== undefined);
    return kept.length ? Object.fromEntries(kept) : undefined;
  }
  return value === "" || value === null ? undefined : value;
}

/** A value as it is to be written: a day as a YAML date, not as text that looks like one. */
function forYaml(value) {
  if (typeof value === "string" && DATE.test(value)) return new Date(`${value}T00:00:00Z`);
  if (Array.isArray(value)) return value.map(forYaml);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, forYaml(item)]));
  }
  return value;
}

function keyName(pair) {
  return String(isScalar(pair.key) ? pair.key.value : pair.key);
}

function same(doc, node, value) {
  return JSON.stringify(cleaned(asForm(node.toJS(doc)))) === JSON.stringify(value);
}

function mergeMap(doc, map, value = {}, order = []) {
  for (const pair of [...map.items]) {
    const key = keyName(pair);
    if (!(key in value) && cleaned(asForm(pair.value?.toJS(doc))) !== undefined) map.delete(pair.key);
  }
  for (const [key, item] of Object.entries(value)) {
    const node = map.get(key, true);
    if (node === undefined) insert(doc, map, key, item, order);
    else if (!same(doc, node, item)) map.set(key, updated(doc, node, item));
  }
}

function mergeSeq(doc, seq, items) {
  items.forEach((item, index) => {
    const node = seq.items[index];
    if (node === undefined) seq.items.push(doc.createNode(forYaml(item)));
    else if (!same(doc, node, item)) seq.items[index] = updated(doc, node, item);
  });
  seq.items.splice(items.length);
}

/** The node of a changed value: the written one changed in place where it can be (it keeps its style). */
function updated(doc, node, value) {
  if (isMap(node) && value && typeof value === "object" && !Array.isArray(value)) {
    mergeMap(doc, node, value);
    return node;
  }
  if (isSeq(node) && Array.isArray(value)) {
    mergeSeq(doc, node, value);
    return node;
  }
  if (isScalar(node) && (value === null || typeof value !== "object")) {
    node.value = forYaml(value);
    return node;
  }
  return doc.createNode(forYaml(value));
}

/** A new field, placed after the fields that come before it in the form. */
function insert(doc, map, key, value, order) {
  const rank = order.indexOf(key);
  const later = rank < 0 ? -1 : map.items.findIndex((pair) => order.indexOf(keyName(pair)) > rank);
  map.items.splice(later < 0 ? map.items.length : later, 0, doc.createPair(key, forYaml(value)));
}

/** A new file's comments (its schema line), before the fields the configuration gives them to. */
function addComments(map, comments) {
  for (const pair of map.items) {
    const comment = comments[keyName(pair)];
    if (comment) pair.key.commentBefore = ` ${comment}`;
  }
}

/** The buttons of Decap's list items are icons without a name (axe: button-name, aria-command-name):
 * name them (its top bar holds the fold toggle first, then the drag handle, then the remove button). */
function nameListButtons() {
  for (const handle of document.querySelectorAll('[aria-roledescription="sortable"][role="button"]:not([aria-label])')) {
    handle.setAttribute("aria-label", "ドラッグして並べ替え");
  }
  for (const button of document.querySelectorAll('[class*="ListItemTopBar"] > button:not([aria-label])')) {
    button.setAttribute("aria-label", button === button.parentElement.firstElementChild ? "開く・閉じる" : "削除");
  }
}

new MutationObserver(nameListButtons).observe(document.body, { childList: true, subtree: true });
window.CMS.registerCustomFormat("tsunagu-yml", "yml", { fromFile, toFile });
window.CMS.registerEventListener({
  name: "preSave",
  handler: ({ entry }) => {
    loaded = entry.get("newRecord") ? null : entry.get("raw") || null;
  },
});
window.CMS.init();
