/* soc-kg network view. Data comes from the JSON block; every piece of data text reaches
   the page through textContent or vis-network's text labels, never as HTML. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var MAX_LINKS = data.maxLinks;  // connections listed in the details panel; the rest counted
  var GLYPHS = { dot: "\u25CF", square: "\u25A0", diamond: "\u25C6", triangle: "\u25B2",
    triangleDown: "\u25BC", star: "\u2605", hexagon: "\u2B22" };

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }
  function sourceText(index) {
    var s = data.sources[index];
    if (!s) return "";
    var parts = [s.title];
    if (s.publisher) parts.push(s.publisher);
    if (s.date) parts.push(s.date);
    return parts.join(", ");
  }

  // --- data sets ------------------------------------------------------------------------
  var groups = {};
  data.kinds.forEach(function (k) {
    groups[k.key] = { shape: k.shape, color: { background: k.colour, border: "#333",
      highlight: { background: k.colour, border: "#000" },
      hover: { background: k.colour, border: "#000" } } };
  });
  var labels = new Array(data.nodes.length);
  var kindOf = new Array(data.nodes.length);
  var nodeItems = data.nodes.map(function (n) {
    labels[n[0]] = n[1];
    kindOf[n[0]] = n[2];
    return { id: n[0], label: n[1], group: data.kinds[n[2]].key, x: n[3], y: n[4], size: n[5] };
  });
  var edgeItems = data.edges.map(function (e, i) {
    var item = { id: i, from: e[0], to: e[1] };
    if (data.edgeLabels) item.label = e[2]; else item.title = e[2];
    return item;
  });
  var neighbours = new Array(data.nodes.length);
  for (var i = 0; i < neighbours.length; i++) neighbours[i] = [];
  data.edges.forEach(function (e) {
    neighbours[e[0]].push([e[1], e[2], "out"]);
    neighbours[e[1]].push([e[0], e[2], "in"]);
  });
  var nodes = new vis.DataSet(nodeItems);
  var edges = new vis.DataSet(edgeItems);

  var options = {
    autoResize: true,
    groups: groups,
    layout: { improvedLayout: false, randomSeed: 7 },
    physics: { enabled: false, solver: "forceAtlas2Based",
      forceAtlas2Based: { gravitationalConstant: -60, springLength: 110, avoidOverlap: 0.2 },
      stabilization: { enabled: false }, minVelocity: 0.75 },
    interaction: { hover: true, tooltipDelay: 150, hideEdgesOnDrag: data.large,
      hideEdgesOnZoom: data.large, navigationButtons: false, keyboard: false },
    nodes: { font: { size: 15, face: "system-ui, Arial, sans-serif", strokeWidth: 3,
      strokeColor: "#ffffff" }, borderWidth: 1,
      scaling: { label: { drawThreshold: 4 } } },
    edges: { smooth: false, width: 1, color: { color: "#9aa3b5", highlight: "#333", hover: "#333" },
      arrows: { to: { enabled: true, scaleFactor: 0.45 } },
      font: { size: 10, color: "#555", strokeWidth: 3, strokeColor: "#ffffff", align: "middle" } }
  };
  var container = document.getElementById("mynetwork");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
  if (data.initial.length) network.fit({ nodes: data.initial, animation: false });
  window.kgNetwork = network;
  window.network = network;  // the names pyvis pages use, for scripts written against them
  window.nodes = nodes;
  window.edges = edges;
  window.kgView = { nodes: nodes, edges: edges, data: data, focusNode: focusNode,
    search: search, setKindVisible: setKindVisible };
  network.once("afterDrawing", function () {
    window.kgReadyAt = performance.now();
    document.body.setAttribute("data-ready", "1");
  });

  // --- legend and type filters ------------------------------------------------------------
  var hiddenKinds = {};
  var legend = document.getElementById("legend-items");
  data.kinds.forEach(function (k, index) {
    var li = el("li");
    var label = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.setAttribute("data-kind", k.key);
    box.addEventListener("change", function () { setKindVisible(index, box.checked); });
    var glyph = el("span", GLYPHS[k.shape] || GLYPHS.dot, "glyph");
    glyph.style.color = k.colour;
    label.appendChild(box);
    label.appendChild(glyph);
    label.appendChild(el("span", k.label, "kind-label"));
    label.appendChild(el("span", k.count, "count"));
    li.appendChild(label);
    legend.appendChild(li);
  });
  function setKindVisible(index, visible) {
    hiddenKinds[index] = !visible;
    var box = legend.querySelectorAll("input")[index];
    if (box) box.checked = visible;
    var updates = [];
    for (var n = 0; n < kindOf.length; n++) {
      if (kindOf[n] === index) updates.push({ id: n, hidden: !visible });
    }
    nodes.update(updates);
  }

  // --- details panel and tooltip ----------------------------------------------------------
  var details = document.getElementById("details");
  function factRows(table, facts) {
    facts.forEach(function (f) {
      var tr = el("tr");
      tr.appendChild(el("td", f[0], "prop"));
      var td = el("td", f[1], f[3] ? "figure" : "");
      if (f[2] >= 0) td.appendChild(el("span", "source: " + sourceText(f[2]), "src"));
      tr.appendChild(td);
      table.appendChild(tr);
    });
  }
  function showDetails(id) {
    var d = data.details[id];
    details.textContent = "";
    var close = el("button", "\u00D7", "close");
    close.type = "button";
    close.setAttribute("aria-label", "close");
    close.addEventListener("click", function () { details.hidden = true; network.unselectAll(); });
    details.appendChild(close);
    details.appendChild(el("h2", labels[id], "label"));
    details.appendChild(el("p", data.kinds[kindOf[id]].label, "kind"));
    details.appendChild(el("div", d.iri, "iri"));
    if (d.aliases.length) {
      details.appendChild(el("h3", "Also known as"));
      details.appendChild(el("p", d.aliases.join("; "), "aliases"));
    }
    if (d.facts.length) {
      details.appendChild(el("h3", "Facts"));
      var table = el("table", null, "facts");
      factRows(table, d.facts);
      details.appendChild(table);
    }
    if (neighbours[id].length) {
      details.appendChild(el("h3", "Connections (" + neighbours[id].length + ")"));
      var ul = el("ul", null, "links");
      var listed = neighbours[id].slice(0, MAX_LINKS);
      listed.forEach(function (nb) {
        var li = el("li");
        li.appendChild(el("span", (nb[2] === "out" ? nb[1] + " \u2192 " : "\u2190 " + nb[1] + " ")));
        var a = el("a", labels[nb[0]], "link");
        a.setAttribute("role", "button");
        a.tabIndex = 0;
        a.addEventListener("click", function () { focusNode(nb[0]); });
        li.appendChild(a);
        ul.appendChild(li);
      });
      if (neighbours[id].length > listed.length) {
        var more = el("li", "\u2026 and " + (neighbours[id].length - listed.length) +
          " more, not listed here (kg path or kg query finds them all)");
        more.className = "more";
        ul.appendChild(more);
      }
      details.appendChild(ul);
    }
    if (d.sources.length || d.facts.length) {
      var srcs = {};
      d.sources.forEach(function (s) { srcs[s] = true; });
      d.facts.forEach(function (f) { if (f[2] >= 0) srcs[f[2]] = true; });
      details.appendChild(el("h3", "Sources"));
      var list = el("ul", null, "sources");
      Object.keys(srcs).forEach(function (s) {
        var li = el("li", sourceText(+s));
        var url = data.sources[+s].url;
        if (url) {
          li.appendChild(document.createElement("br"));
          if (/^https?:\/\//i.test(url)) {
            var a = el("a", url);
            a.href = url;
            a.rel = "noopener noreferrer";
            a.target = "_blank";
            li.appendChild(a);
          } else {
            li.appendChild(el("span", url, "src"));
          }
        }
        list.appendChild(li);
      });
      details.appendChild(list);
    }
    details.hidden = false;
  }
  var tip = document.getElementById("tip");
  function showTip(id, x, y) {
    var d = data.details[id];
    tip.textContent = "";
    tip.appendChild(el("strong", labels[id]));
    tip.appendChild(el("span", data.kinds[kindOf[id]].label, "kind"));
    if (d.facts.length) {
      var ul = el("ul");
      d.facts.slice(0, 8).forEach(function (f) {
        var li = el("li", f[0] + ": " + f[1]);
        if (f[2] >= 0) li.appendChild(el("span", " \u2014 " + data.sources[f[2]].title, "src"));
        ul.appendChild(li);
      });
      if (d.facts.length > 8) ul.appendChild(el("li", "\u2026 " + (d.facts.length - 8) + " more (click)"));
      tip.appendChild(ul);
    } else if (d.sources.length) {
      tip.appendChild(el("div", "source: " + sourceText(d.sources[0]), "src"));
    }
    tip.hidden = false;
    var left = Math.min(x + 14, window.innerWidth - tip.offsetWidth - 8);
    var top = Math.min(y + 14, window.innerHeight - tip.offsetHeight - 8);
    tip.style.left = Math.max(4, left) + "px";
    tip.style.top = Math.max(4, top) + "px";
  }
  network.on("hoverNode", function (p) {
    var rect = container.getBoundingClientRect();
    showTip(p.node, rect.left + p.pointer.DOM.x, rect.top + p.pointer.DOM.y);
  });
  network.on("blurNode", function () { tip.hidden = true; });
  network.on("dragStart", function () { tip.hidden = true; });
  network.on("zoom", function () { tip.hidden = true; });
  network.on("click", function (p) {
    if (p.nodes.length) showDetails(p.nodes[0]);
  });

  // --- search -----------------------------------------------------------------------------
  var haystack = data.nodes.map(function (n) {
    return [n[1]].concat(data.details[n[0]].aliases).join("\u0001").toLowerCase();
  });
  var input = document.getElementById("search");
  var matches = document.getElementById("matches");
  var current = [];
  function search(text) {
    // exact label first, then exact alias ("Essex" is the county before "Essex Police",
    // which has it as an alias), then names starting with the text, word starts, anywhere
    var q = String(text).trim().toLowerCase();
    if (!q) return [];
    var tiers = [[], [], [], [], []];
    for (var n = 0; n < haystack.length; n++) {
      var names = haystack[n];
      var at = names.indexOf(q);
      if (at < 0) continue;
      var parts = names.split("\u0001");
      if (parts[0] === q) tiers[0].push(n);
      else if (parts.indexOf(q) > 0) tiers[1].push(n);
      else if (parts.some(function (p) { return p.indexOf(q) === 0; })) tiers[2].push(n);
      else if (/[\s(]/.test(names.charAt(at - 1))) tiers[3].push(n);
      else tiers[4].push(n);
      if (tiers[0].length + tiers[1].length + tiers[2].length >= 50) break;
    }
    return tiers[0].concat(tiers[1], tiers[2], tiers[3], tiers[4]).slice(0, 50);
  }
  function renderMatches(found) {
    matches.textContent = "";
    current = found;
    active = 0;
    var shown = found.slice(0, 15);
    var times = {};
    shown.forEach(function (n) { times[labels[n]] = (times[labels[n]] || 0) + 1; });
    shown.forEach(function (n, i) {
      var li = el("li", labels[n]);
      li.setAttribute("role", "option");
      li.setAttribute("data-node", String(n));
      if (i === 0) li.className = "active";
      var kind = data.kinds[kindOf[n]].label;
      // entities that share a name are told apart by what they are connected to
      if (times[labels[n]] > 1 && neighbours[n].length) kind += " \u00b7 " + context(n);
      li.appendChild(el("small", kind));
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); choose(n); });
      matches.appendChild(li);
    });
    if (!found.length && input.value.trim()) {
      var none = el("li", data.notice ? "no match among the entities drawn" : "no match");
      none.className = "none";
      matches.appendChild(none);
    }
    matches.hidden = !input.value.trim();
  }
  function context(n) {
    return neighbours[n].slice(0, 2).map(function (nb) { return labels[nb[0]]; }).join(", ");
  }
  function choose(n) {
    matches.hidden = true;
    input.value = labels[n];
    focusNode(n);
  }
  input.addEventListener("input", function () { renderMatches(search(input.value)); });
  var active = 0;
  function markActive(index) {
    var items = matches.querySelectorAll("li[data-node]");
    if (!items.length) return;
    active = (index + items.length) % items.length;
    for (var k = 0; k < items.length; k++) items[k].className = k === active ? "active" : "";
    items[active].scrollIntoView({ block: "nearest" });
  }
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "ArrowDown") { ev.preventDefault(); markActive(active + 1); }
    if (ev.key === "ArrowUp") { ev.preventDefault(); markActive(active - 1); }
    if (ev.key === "Enter" && current.length) {
      ev.preventDefault();
      choose(current[Math.min(active, current.length - 1)]);
    }
    if (ev.key === "Escape") { matches.hidden = true; }
  });
  input.addEventListener("blur", function () { matches.hidden = true; });
  function focusNode(id) {
    if (hiddenKinds[kindOf[id]]) setKindVisible(kindOf[id], true);
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.1), animation: false });
    showDetails(id);
  }

  // --- physics toggle and fit -------------------------------------------------------------
  var physicsButton = document.getElementById("physics");
  var physicsLimit = null;  // a large network may never settle: stop it after a while
  physicsButton.addEventListener("click", function () {
    var on = physicsButton.getAttribute("aria-pressed") !== "true";
    physicsButton.setAttribute("aria-pressed", on ? "true" : "false");
    physicsButton.textContent = on ? "Physics: on" : "Physics: off";
    network.setOptions({ physics: { enabled: on } });
    clearTimeout(physicsLimit);
    if (on) physicsLimit = setTimeout(settle, data.physicsSeconds * 1000);
  });
  function settle() {
    // the force layout has settled (or run its time): hold it still, all of it in view
    if (physicsButton.getAttribute("aria-pressed") !== "true") return;
    physicsButton.click();
    network.fit({ animation: false });
  }
  network.on("stabilized", settle);
  document.getElementById("fit").addEventListener("click", function () {
    network.fit({ animation: false });
  });
})();
