// The Lancens mock console: everything it shows comes from the admin endpoints beside this page; nothing is kept here
// but the admin key (in this tab's session storage, when the mock has one).
"use strict";

const shownJournalEntries = 200;
const state = { catalog: null, lastEntry: 0, polling: null };

const $ = (id) => document.getElementById(id);

function cell(row, text, className) {
  const td = row.insertCell();
  td.textContent = text ?? "";
  if (className) td.className = className;
  return td;
}

function status(text) {
  $("status").textContent = text;
}

class KeyNeeded extends Error {}

async function api(path, options = {}) {
  const headers = { ...(options.headers ?? {}) };
  // The header the key goes in is the one the mock named when it refused a request without it.
  const key = sessionStorage.getItem("lancens-admin-key");
  const keyHeader = sessionStorage.getItem("lancens-admin-key-header");
  if (key && keyHeader) headers[keyHeader] = key;
  if (options.body !== undefined) headers["Content-Type"] = "application/json";
  const response = await fetch(path, { ...options, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
  const json = await response.json().catch(() => ({}));
  if (response.status === 403) {
    if (json.keyHeader) sessionStorage.setItem("lancens-admin-key-header", json.keyHeader);
    throw new KeyNeeded(json.message ?? "the admin key is needed");
  }
  if (!response.ok) throw new Error(json.message ?? `${response.status}`);
  return json;
}

function askForKey(message) {
  clearInterval(state.polling);
  $("console").hidden = true;
  $("key-form").hidden = false;
  $("key-error").textContent = sessionStorage.getItem("lancens-admin-key") ? message : "";
  $("admin-key").focus();
  status("The admin key is needed.");
}

function fillOperations() {
  for (const select of [$("operation"), $("arm-operation")]) {
    select.replaceChildren();
    if (select.id === "arm-operation") select.add(new Option("any operation that documents it", ""));
    for (const operation of state.catalog.operations) select.add(new Option(`${operation.id}: ${operation.route}`, operation.id));
  }

  const faults = $("arm-fault");
  faults.replaceChildren();
  for (const delay of state.catalog.delays) faults.add(new Option(`${delay} (answer late)`, delay));
  for (const fault of state.catalog.faults) faults.add(new Option(`${fault.value}: ${fault.effect}`, fault.value));
  $("arm-times").max = state.catalog.maxTimes;
}

function operationById(id) {
  return state.catalog.operations.find((operation) => operation.id === id);
}

function showAnswers() {
  const operation = operationById($("operation").value);
  const body = $("answers").tBodies[0];
  body.replaceChildren();
  for (const answer of operation.answers) {
    const row = body.insertRow();
    cell(row, answer.status, `status-${String(answer.status)[0]}`);
    cell(row, answer.example);
    cell(row, answer.message ?? "");
    cell(row, answer.caused);
    const action = row.insertCell();
    if (answer.message && answer.trigger !== "success") {
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = "Arm";
      button.setAttribute("aria-label", `Arm ${answer.message} for ${operation.id}`);
      button.addEventListener("click", () => prepareArm(operation.id, answer.message));
      action.append(button);
    }
  }
}

function errorsOf(operationId) {
  const operations = operationId ? [operationById(operationId)] : state.catalog.operations;
  return [...new Set(operations.flatMap((operation) => operation.answers.filter((answer) => answer.message && answer.trigger !== "success").map((answer) => answer.message)))];
}

function showErrors(selected) {
  const select = $("arm-error");
  select.replaceChildren();
  for (const message of errorsOf($("arm-operation").value)) select.add(new Option(message, message, false, message === selected));
}

function prepareArm(operationId, message) {
  document.querySelector('input[name="kind"][value="error"]').checked = true;
  kindChanged();
  $("arm-operation").value = operationId;
  showErrors(message);
  $("arm-username").focus();
}

function kindChanged() {
  const isError = document.querySelector('input[name="kind"]:checked').value === "error";
  $("arm-error").disabled = !isError;
  $("arm-fault").disabled = isError;
}

async function arm(event) {
  event.preventDefault();
  const isError = document.querySelector('input[name="kind"]:checked').value === "error";
  const request = {
    error: isError ? $("arm-error").value : undefined,
    fault: isError ? undefined : $("arm-fault").value,
    operation: $("arm-operation").value || undefined,
    username: $("arm-username").value.trim() || undefined,
    times: Number($("arm-times").value),
  };
  try {
    const { armed } = await api("arm", { method: "POST", body: request });
    $("arm-error-text").textContent = "";
    status(`Armed #${armed.id}: ${armed.error ?? armed.fault}, ${armed.remaining} time(s).`);
    await refresh();
  } catch (error) {
    if (error instanceof KeyNeeded) return askForKey(error.message);
    $("arm-error-text").textContent = error.message;
  }
}

function showArmed(armed) {
  const body = $("armed").tBodies[0];
  body.replaceChildren();
  for (const answer of armed) {
    const row = body.insertRow();
    cell(row, answer.id);
    cell(row, answer.error ?? answer.fault);
    cell(row, answer.operation ?? "any");
    cell(row, answer.username ?? "any");
    cell(row, answer.remaining);
  }
}

function showJournal(entries) {
  const body = $("journal").tBodies[0];
  for (const entry of entries) {
    const row = body.insertRow(0);
    cell(row, entry.number);
    cell(row, new Date(entry.time).toLocaleTimeString());
    cell(row, `${entry.method} ${entry.path}`);
    cell(row, entry.status === 0 ? "–" : entry.status, `status-${String(entry.status)[0]}`);
    cell(row, entry.answered);
    cell(row, entry.decidedBy);
    state.lastEntry = Math.max(state.lastEntry, entry.number);
  }

  while (body.rows.length > shownJournalEntries) body.deleteRow(-1);
}

function showAccounts(page) {
  const body = $("accounts").tBodies[0];
  body.replaceChildren();
  for (const account of page.accounts) {
    const row = body.insertRow();
    cell(row, account.username);
    cell(row, account.userId);
    cell(row, account.liveSessions);
    cell(row, account.nextExpiry ? new Date(account.nextExpiry).toISOString() : "");
    cell(row, Object.entries(account.registrations).map(([kind, fields]) => `${kind}: ${JSON.stringify(fields)}`).join("\n"));
  }

  $("accounts-more").textContent = page.total > page.accounts.length ? `${page.accounts.length} of ${page.total} accounts shown.` : "";
}

function showClock(clock) {
  $("clock-now").textContent = new Date(clock.now).toISOString();
  $("clock-offset").textContent = clock.advancedBySeconds > 0 ? `${clock.advancedBy} ahead of real time` : "real time";
}

async function refresh() {
  try {
    const [clock, armed, journal, accounts] = await Promise.all([
      api("clock"), api("arm"), api(`journal?after=${state.lastEntry}`), api("accounts?limit=100"),
    ]);
    showClock(clock);
    showArmed(armed.armed);
    showJournal(journal.requests);
    showAccounts(accounts);
  } catch (error) {
    if (error instanceof KeyNeeded) return askForKey(error.message);
    status(`The mock did not answer: ${error.message}`);
  }
}

async function advanceClock(event) {
  event.preventDefault();
  try {
    showClock(await api("clock", { method: "POST", body: { advance: $("clock-advance").value.trim() } }));
    status(`The clock moved forward by ${$("clock-advance").value.trim()}.`);
  } catch (error) {
    if (error instanceof KeyNeeded) return askForKey(error.message);
    status(error.message);
  }
}

async function start() {
  try {
    state.catalog = await api("catalog");
  } catch (error) {
    if (error instanceof KeyNeeded) return askForKey(error.message);
    return status(`The mock did not answer: ${error.message}`);
  }

  $("key-form").hidden = true;
  $("console").hidden = false;
  document.title = `${state.catalog.title}: mock console`;
  fillOperations();
  showAnswers();
  showErrors();
  kindChanged();
  status(`Connected: ${state.catalog.operations.length} operations, journal updating every second.`);
  await refresh();
  clearInterval(state.polling);
  state.polling = setInterval(refresh, 1000);
}

document.addEventListener("DOMContentLoaded", () => {
  $("key-form").addEventListener("submit", (event) => {
    event.preventDefault();
    sessionStorage.setItem("lancens-admin-key", $("admin-key").value);
    start();
  });
  $("operation").addEventListener("change", showAnswers);
  $("arm-operation").addEventListener("change", () => showErrors());
  for (const radio of document.querySelectorAll('input[name="kind"]')) radio.addEventListener("change", kindChanged);
  $("arm-form").addEventListener("submit", arm);
  $("arm-clear").addEventListener("click", async () => { await api("arm", { method: "DELETE" }).catch(() => {}); await refresh(); });
  $("clock-form").addEventListener("submit", advanceClock);
  $("clock-reset").addEventListener("click", async () => { showClock(await api("clock", { method: "DELETE" })); status("The clock is real time again."); });
  $("reset").addEventListener("click", async () => {
    if (!confirm("Forget every login, registration, armed answer and journal entry?")) return;
    await api("reset", { method: "POST" });
    state.lastEntry = 0;
    $("journal").tBodies[0].replaceChildren();
    status("Reset: nothing is remembered.");
    await refresh();
  });
  start();
});
