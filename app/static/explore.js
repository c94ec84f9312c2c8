// geokg explorer: search an entity, draw its neighbourhood from GET /graph with Cytoscape.js,
// expand nodes on click, read an edge's evidence from GET /relations.
// State for tests and the console: window.cy (the Cytoscape instance) and window.explorer.
"use strict";

// The same colours as Neo4j Browser's style (app/static/browser/style.grass).
const KIND_COLORS = {
  Country: "#4C8EDA",
  Person: "#F79767",
  Organization: "#57C7E3",
  Location: "#8DCC93",
  Group: "#D9C8AE",
  Event: "#F16667",
  Topic: "#C990C0",
};
const OTHER_COLOR = "#A5ABB6";
const KEY_STORE = "geokg.apiKey";
const SEARCH_LIMIT = 12;
const CLAIMS_LIMIT = 50;

const $ = (id) => document.getElementById(id);
const explorer = { state: "idle", focus: null, expanded: new Set(), error: null };
window.explorer = explorer;

function setState(state, message = "", isError = false) {
  explorer.state = state;
  document.body.dataset.state = state;
  const status = $("status");
  status.textContent = message;
  status.classList.toggle("error", isError);
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (name === "class") node.className = value;
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) {
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }
  return node;
}

function kindBadge(kind) {
  return el("span", { class: "kind", style: `background:${KIND_COLORS[kind] || OTHER_COLOR}` },
    kind || "?");
}

// --- the API ---------------------------------------------------------------------------------

class ApiError extends Error {
  constructor(status, detail) {
    super(detail);
    this.status = status;
  }
}

// Reads may need a key (GEOKG_READ_KEY): asked once, kept for this tab only.
async function api(path, params = {}) {
  const url = new URL(path, window.location.origin);
  for (const [name, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== "") url.searchParams.set(name, value);
  }
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const headers = { Accept: "application/json" };
    const key = sessionStorage.getItem(KEY_STORE);
    if (key) headers["X-API-Key"] = key;
    const response = await fetch(url, { headers });
    if (response.status === 401 && attempt === 0) {
      const given = window.prompt("This API needs a read key (X-API-Key):");
      if (given) {
        sessionStorage.setItem(KEY_STORE, given.trim());
        continue;
      }
    }
    if (!response.ok) {
      let detail = `${response.status} ${response.statusText}`;
      try {
        const problem = await response.json();
        detail = problem.detail || problem.title || detail;
      } catch (_) { /* not problem JSON: keep the status line */ }
      throw new ApiError(response.status, typeof detail === "string" ? detail : JSON.stringify(detail));
    }
    return response.json();
  }
  throw new ApiError(401, "a read key is needed");
}

// --- the graph -------------------------------------------------------------------------------

const cy = cytoscape({
  container: $("graph"),
  minZoom: 0.2,
  maxZoom: 3,
  style: [
    {
      selector: "node",
      style: {
        "background-color": (n) => KIND_COLORS[n.data("kind")] || OTHER_COLOR,
        label: "data(label)",
        "font-size": 11,
        "text-valign": "bottom",
        "text-margin-y": 4,
        "text-wrap": "wrap",
        "text-max-width": 110,
        "text-background-color": "#ffffff",
        "text-background-opacity": 0.8,
        "text-background-padding": 1,
        width: (n) => 22 + 5 * Math.sqrt(n.data("mentions") || 1),
        height: (n) => 22 + 5 * Math.sqrt(n.data("mentions") || 1),
        "border-width": 2,
        "border-color": "#ffffff",
      },
    },
    { selector: "node.focus", style: { "border-width": 4, "border-color": "#1f2430" } },
    { selector: "node.expanded", style: { "border-color": "#6b7280" } },
    {
      selector: "edge",
      style: {
        label: "data(label)",
        "font-size": 9,
        color: "#4b5563",
        "text-rotation": "autorotate",
        "text-background-color": "#ffffff",
        "text-background-opacity": 0.85,
        "curve-style": "bezier",
        "target-arrow-shape": "triangle",
        "line-color": "#b9c0cb",
        "target-arrow-color": "#b9c0cb",
        width: (e) => 1 + Math.min(6, e.data("claims") || 1),
      },
    },
    {
      // No claim behind the edge is asserted by the article itself: it was reported,
      // alleged, planned... Dashed, so that hearsay does not look like fact.
      selector: "edge",
      style: {
        "line-style": (e) => ((e.data("modalities") || []).includes("asserted") ? "solid" : "dashed"),
      },
    },
    {
      // Symmetric relations carry no direction: no arrow.
      selector: "edge[type = 'MEETS'], edge[type = 'NEGOTIATES_WITH'], " +
        "edge[type = 'AGREES_WITH'], edge[type = 'COOPERATES_WITH']",
      style: { "target-arrow-shape": "none" },
    },
    { selector: ":selected", style: { "line-color": "#2563eb", "target-arrow-color": "#2563eb",
      "border-color": "#2563eb" } },
  ],
});
window.cy = cy;

function addElements(elements) {
  const fresh = [];
  for (const node of elements.nodes) {
    if (cy.getElementById(node.data.id).empty()) fresh.push({ group: "nodes", data: node.data });
  }
  for (const edge of elements.edges) {
    if (cy.getElementById(edge.data.id).empty()) fresh.push({ group: "edges", data: edge.data });
  }
  return cy.add(fresh);
}

const MAX_FIT_ZOOM = 1.6; // a small neighbourhood would otherwise fill the screen

function fitView() {
  cy.fit(cy.elements(), 40);
  if (cy.zoom() > MAX_FIT_ZOOM) {
    cy.zoom(MAX_FIT_ZOOM);
    cy.center();
  }
}

// A first neighbourhood in rings around its entity, by hops; an expansion with a force
// layout that starts from where nodes are, so the picture grows instead of reshuffling.
function layoutRings(focusId) {
  const distance = new Map();
  cy.elements().breadthFirstSearch({
    roots: cy.getElementById(focusId),
    visit: (node, _edge, _prev, _i, depth) => { distance.set(node.id(), depth); },
  });
  cy.layout({
    name: "concentric",
    animate: false,
    fit: false,
    padding: 40,
    minNodeSpacing: 60,
    concentric: (node) => 10 - (distance.get(node.id()) ?? 9),
    levelWidth: () => 1,
  }).run();
  fitView();
}

function layoutGrow(added, around) {
  const position = around.position();
  added.nodes().positions(() => ({
    x: position.x + (Math.random() - 0.5) * 80,
    y: position.y + (Math.random() - 0.5) * 80,
  }));
  cy.layout({
    name: "cose",
    animate: false,
    fit: false,
    randomize: false,
    // Cytoscape's own demo values: its defaults suit far denser, smaller drawings.
    nodeRepulsion: () => 400000,
    idealEdgeLength: () => 100,
    edgeElasticity: () => 100,
    nodeOverlap: 20,
    gravity: 80,
  }).run();
  fitView();
}

async function neighbourhood(id, depth) {
  const answer = await api("/graph", { entity: id, depth, format: "cytoscape" });
  return answer.elements;
}

async function openEntity(id) {
  const depth = Number($("depth").value);
  setState("loading", `Loading ${id}...`);
  try {
    const elements = await neighbourhood(id, depth);
    cy.elements().remove();
    explorer.expanded = new Set([id]);
    addElements(elements);
    explorer.focus = id;
    cy.getElementById(id).addClass("focus expanded");
    layoutRings(id);
    const url = new URL(window.location.href);
    url.searchParams.set("entity", id);
    window.history.replaceState(null, "", url);
    await showEntity(id);
    setState("ready", `${cy.nodes().length} entities, ${cy.edges().length} relations`);
  } catch (error) {
    failed(error);
  }
}

async function expandEntity(id) {
  const node = cy.getElementById(id);
  setState("loading", `Expanding ${node.data("name") || id}...`);
  try {
    const added = addElements(await neighbourhood(id, 1));
    explorer.expanded.add(id);
    node.addClass("expanded");
    if (added.nonempty()) layoutGrow(added, node);
    await showEntity(id);
    setState("ready", `${added.nodes().length} new entities; ` +
      `${cy.nodes().length} entities, ${cy.edges().length} relations`);
  } catch (error) {
    failed(error);
  }
}

function failed(error) {
  explorer.error = String(error.message || error);
  setState("error", explorer.error, true);
}

// --- the side panel --------------------------------------------------------------------------

async function showEntity(id) {
  const { entity, roles, relations } = await api(`/entities/${encodeURIComponent(id)}`);
  fill($("panel"),
    el("h2", {}, entity.name, " ", kindBadge(entity.kind)),
    el("p", { class: "meta" }, entity.id, entity.mentions ? ` - ${entity.mentions} mentions` : "",
      entity.first_seen ? ` - seen ${entity.first_seen} to ${entity.last_seen}` : ""),
    entity.aliases && entity.aliases.length
      ? el("p", { class: "meta" }, "Also: ", entity.aliases.join(", ")) : null,
    roles.length ? el("h3", {}, "Roles") : null,
    roles.length ? el("ul", {}, roles.map((r) => el("li", {}, `${r.role} (${r.type}) of `,
      entityLink(r.of, r.of_name)))) : null,
    el("h3", {}, "Top relations"),
    relations.length
      ? el("ul", {}, relations.map((r) => el("li", {},
          r.direction === "out" ? `${r.type} ` : `${r.type} by `,
          entityLink(r.other, r.other_name), ` (${r.claims} claim${r.claims === 1 ? "" : "s"})`)))
      : el("p", { class: "hint" }, "No relations."),
    el("p", { class: "hint" }, "Click a node to expand it, an edge to read its evidence."),
  );
}

// Like replaceChildren, but skipping the null of a section that has nothing to show.
function fill(target, ...children) {
  target.replaceChildren(...children.flat().filter((c) => c !== null && c !== undefined));
}

function entityLink(id, name) {
  return el("button", { class: "link", type: "button", onclick: () => openEntity(id) }, name || id);
}

async function showEdge(edge) {
  const { source, target, type } = edge.data();
  cy.elements().unselect();
  edge.select();
  const names = [cy.getElementById(source).data("name"), cy.getElementById(target).data("name")];
  setState("loading", `Reading the claims of ${names[0]} ${type} ${names[1]}...`);
  try {
    const page = await api("/relations",
      { subject: source, type, object: target, limit: CLAIMS_LIMIT });
    fill($("panel"),
      el("h2", {}, names[0], " ", el("span", { class: "tag" }, type), " ", names[1]),
      el("p", { class: "meta" }, `${page.items.length} claim${page.items.length === 1 ? "" : "s"}` +
        (page.next ? ` (the first ${CLAIMS_LIMIT})` : "")),
      page.items.map(claimCard),
    );
    setState("ready", `${type}: ${page.items.length} claims`);
  } catch (error) {
    failed(error);
  }
}

function claimCard({ claim, subject, object, article, attributed_to: speaker }) {
  return el("div", { class: "claim" },
    el("blockquote", {}, claim.sentence),
    el("div", { class: "tags" },
      el("span", { class: `tag modality-${claim.modality}` }, claim.modality),
      claim.tense ? el("span", { class: "tag" }, claim.tense) : null,
      claim.date ? el("span", { class: "tag" }, claim.date) : null,
      el("span", { class: "tag" }, `confidence ${claim.confidence}`),
    ),
    el("div", { class: "meta" }, `${subject.name} ${claim.type} ${object.name}`,
      speaker ? `, according to ${speaker.name}` : ""),
    el("div", { class: "meta" },
      article.url ? el("a", { href: article.url, target: "_blank", rel: "noopener noreferrer" },
        article.title || article.url) : article.title || article.id,
      article.source ? ` - ${article.source}` : "",
      article.published_at ? ` - ${article.published_at.slice(0, 10)}` : ""),
  );
}

// --- search ----------------------------------------------------------------------------------

let searchTimer = null;
let searchSeq = 0;

async function search(q) {
  const seq = ++searchSeq;
  const list = $("results");
  if (!q.trim()) {
    list.hidden = true;
    return;
  }
  try {
    const page = await api("/entities", { q, limit: SEARCH_LIMIT });
    if (seq !== searchSeq) return; // a newer search answered first
    list.replaceChildren(...(page.items.length
      ? page.items.map(({ entity }) => el("li", {
          role: "option",
          "data-id": entity.id,
          onclick: () => { list.hidden = true; openEntity(entity.id); },
        }, kindBadge(entity.kind), entity.name, el("span", { class: "meta" }, entity.id)))
      : [el("li", { class: "none" }, `Nothing matches "${q}".`)]));
    list.hidden = false;
  } catch (error) {
    failed(error);
  }
}

$("q").addEventListener("input", (event) => {
  clearTimeout(searchTimer);
  searchTimer = setTimeout(() => search(event.target.value), 250);
});
$("search").addEventListener("submit", async (event) => {
  event.preventDefault();
  clearTimeout(searchTimer);
  await search($("q").value);
  const first = $("results").querySelector("li[data-id]");
  if (first) first.click();
});
document.addEventListener("click", (event) => {
  if (!$("search").contains(event.target)) $("results").hidden = true;
});
$("depth").addEventListener("change", () => {
  if (explorer.focus) openEntity(explorer.focus);
});

cy.on("tap", "node", (event) => expandEntity(event.target.id()));
cy.on("tap", "edge", (event) => showEdge(event.target));

$("legend").replaceChildren(...Object.keys(KIND_COLORS).map((kind) => el("li", {}, kindBadge(kind))));

const start = new URLSearchParams(window.location.search).get("entity");
if (start) openEntity(start);
else setState("idle", "Search an entity to begin.");
