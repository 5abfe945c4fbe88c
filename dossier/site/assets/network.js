/* dossier: the interactive network (the graph page, and each profile's neighbourhood).
 *
 * The page holds the data (dossier/emit/network.py): a hidden block [data-dossier-network]
 * with its controls and its JSON in an attribute, and a list of the actors' profile links. This script
 * loads the vendored Cytoscape.js from beside itself (no other host: it works from file://
 * too), shows the view and hides the static picture, which stays for readers without
 * script. Names become canvas labels or text nodes only, never markup.
 *
 * Labels never overlap: after every zoom, pan, drag or filter, labels are placed in order of
 * importance (the centre, the node pointed at and its neighbours, search hits, then by
 * mentions) and one that would cover a label already placed is left out until there is room
 * for it (zoom in, and it appears).
 */
(function () {
  "use strict";
  var here = document.currentScript && document.currentScript.src;
  var COLOURS = {person: "#1e88e5", organization: "#e53935", place: "#43a047"};
  var GAP = 2;  // px between two labels
  var FONT = 12;  // px: a label's size on the screen
  // The labels of this many nodes, the most important (rank), may cover a smaller node: in a
  // dense middle every label touches some node, and the actors named most are the ones a
  // reader looks for (their nodes and labels are drawn above the smaller ones).
  var LEAD = 12;

  function fold(text) {
    return text.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/ł/g, "l");
  }

  function elements(graph, hrefs) {
    var n = graph.nodes.length, out = [];
    graph.nodes.forEach(function (node, i) {
      // A fixed start (a circle in the data's order) for a layout that uses no randomness:
      // the same dossier gives the same picture.
      var angle = 2 * Math.PI * i / n;
      out.push({group: "nodes", data: {
        id: node.id, label: node.name, kind: node.kind, mentions: node.mentions,
        href: hrefs[node.id] || null, size: 14 + 5 * Math.sqrt(node.mentions),
        center: node.id === graph.center ? 1 : 0, z: node.mentions},
        position: {x: 300 * Math.cos(angle), y: 300 * Math.sin(angle)}});
    });
    graph.edges.forEach(function (e) {
      out.push({group: "edges", data: {id: e[0] + "\u0000" + e[1], source: e[0], target: e[1],
                                       weight: e[2]}});
    });
    return out;
  }

  function style(peak) {
    return [
      {selector: "node", style: {
        "background-color": function (n) { return COLOURS[n.data("kind")] || "#888"; },
        "width": "data(size)", "height": "data(size)", "border-width": 1.5,
        "border-color": "#fff", "label": "data(label)", "font-size": 12,
        "font-family": "sans-serif", "color": "#222", "text-valign": "bottom",
        "text-margin-y": 3, "text-background-color": "#fff", "text-background-opacity": 0.85,
        "text-background-padding": 1, "text-max-width": 160, "text-wrap": "ellipsis",
        "z-index": "data(z)"}},
      {selector: "node[center = 1]", style: {"border-width": 3, "border-color": "#222",
                                            "font-weight": "bold"}},
      {selector: "edge", style: {
        "width": function (e) { return 0.6 + 3.4 * e.data("weight") / peak; },
        "line-color": "#b0b0b0", "curve-style": "haystack", "opacity": 0.8}},
      {selector: ".quiet", style: {"text-opacity": 0, "text-background-opacity": 0}},
      {selector: ".faded", style: {"opacity": 0.15}},
      {selector: "node.hit", style: {"border-width": 3, "border-color": "#ff9800"}},
      {selector: ".off", style: {"display": "none"}}
    ];
  }

  function overlaps(a, b) {
    return a.x1 < b.x2 + GAP && b.x1 < a.x2 + GAP && a.y1 < b.y2 + GAP && b.y1 < a.y2 + GAP;
  }

  function labelBox(node) {
    return node.renderedBoundingBox({includeNodes: false, includeEdges: false,
                                     includeLabels: true, includeOverlays: false});
  }

  // Labels keep one size on the screen whatever the zoom (as on a map): readable on a phone,
  // where the whole network is drawn small; declutter then shows as many as have room.
  function scaleLabels(cy, state) {
    var z = cy.zoom();
    if (state.zoom === z) return;
    state.zoom = z;
    cy.style().selector("node").style({
      "font-size": FONT / z, "text-margin-y": 3 / z, "text-background-padding": 1 / z,
      // On a narrow screen a long name is cut sooner (its whole name is in the info line).
      "text-max-width": Math.min(160, cy.width() / 3) / z, "border-width": 1.5 / z}).update();
  }

  // Place the labels in order of importance; leave out any that would cover one placed.
  function declutter(cy, state) {
    var width = cy.width(), height = cy.height(), placed = [];
    var nodes = cy.nodes().filter(function (n) { return !n.hasClass("off"); });
    var ranked = nodes.sort(function (a, b) {
      return rank(b, state) - rank(a, state) || (a.id() < b.id() ? -1 : 1);
    });
    // Nodes are obstacles too: a node drawn over a label hides its first letters.
    var bodies = nodes.map(function (n) {
      return {node: n, box: n.renderedBoundingBox({includeLabels: false, includeEdges: false,
                                                   includeOverlays: false})};
    });
    var order = {};
    ranked.forEach(function (node, i) { order[node.id()] = i; });
    cy.batch(function () {
      ranked.forEach(function (node, i) {
        var box = labelBox(node);
        // Whole on the canvas: a label cut by its edge reads as another word.
        var inView = box.x1 >= 0 && box.x2 <= width && box.y1 >= 0 && box.y2 <= height;
        var free = inView && !node.hasClass("faded") && placed.every(function (p) {
          return !overlaps(p, box);
        }) && bodies.every(function (b) {
          return b.node.same(node) || (i < LEAD && order[b.node.id()] > i) ||
            !overlaps(b.box, box);
        });
        if (free) placed.push(box);
        node.toggleClass("quiet", !free);
      });
    });
  }

  function rank(node, state) {
    var r = node.data("mentions");
    if (node.data("center")) r += 1e9;
    if (state.focus && state.focus.closedNeighborhood().contains(node)) r += 1e7;
    if (state.focus && state.focus.same(node)) r += 1e8;
    if (node.hasClass("hit")) r += 1e6;
    return r;
  }

  function focus(cy, state, node) {
    state.focus = node;
    cy.batch(function () {
      cy.elements().removeClass("faded");
      if (node) cy.elements().not(node.closedNeighborhood()).addClass("faded");
    });
    declutter(cy, state);
  }

  function filter(cy, state, block) {
    var kinds = {};
    block.querySelectorAll(".dossier-network__kinds input").forEach(function (box) {
      kinds[box.value] = box.checked;
    });
    var range = block.querySelector(".dossier-network__min input");
    var least = range ? Number(range.value) : 1;
    if (range) range.nextElementSibling.textContent = String(least);
    cy.batch(function () {
      cy.nodes().forEach(function (n) {
        n.toggleClass("off", kinds[n.data("kind")] === false && !n.data("center"));
      });
      cy.edges().forEach(function (e) {
        e.toggleClass("off", e.data("weight") < least || e.source().hasClass("off") ||
                             e.target().hasClass("off"));
      });
      // A node left with no shown edge goes too (the centre of a neighbourhood stays).
      cy.nodes().forEach(function (n) {
        if (!n.hasClass("off") && !n.data("center") &&
            n.connectedEdges().filter(function (e) { return !e.hasClass("off"); }).empty()) {
          n.addClass("off");
        }
      });
    });
    declutter(cy, state);
  }

  function search(cy, state, input, go) {
    var term = fold(input.value.trim());
    var hits = term ? cy.nodes().filter(function (n) {
      return !n.hasClass("off") && fold(n.data("label")).indexOf(term) >= 0;
    }) : cy.collection();
    cy.batch(function () {
      cy.nodes().removeClass("hit");
      hits.addClass("hit");
    });
    if (go && hits.nonempty()) {
      var first = hits.sort(function (a, b) { return b.data("mentions") - a.data("mentions"); })[0];
      cy.animate({center: {eles: first}, zoom: Math.max(cy.zoom(), 1.5)}, {duration: 250});
      focus(cy, state, first);
    } else {
      declutter(cy, state);
    }
  }

  function info(block, words, node) {
    var p = block.querySelector(".dossier-network__info");
    if (!node) return;
    p.replaceChildren();
    var link = document.createElement("a");
    link.href = node.data("href") || "#";
    link.textContent = words.open + ": " + node.data("label");
    p.appendChild(link);
    p.appendChild(document.createTextNode(" (" + (words.kinds[node.data("kind")] || "") +
                                          ", " + node.data("mentions") + ")"));
  }

  function layout(graph) {
    if (graph.center) {
      // A neighbourhood: the actor in the middle, its neighbours around it, labels counted.
      return {name: "concentric", animate: false, fit: true, padding: 24,
              concentric: function (n) { return n.data("center") ? 2 : 1; },
              levelWidth: function () { return 1; }, minNodeSpacing: 36,
              avoidOverlap: true, nodeDimensionsIncludeLabels: true};
    }
    return {name: "cose", animate: false, randomize: false, fit: true, padding: 24,
            nodeDimensionsIncludeLabels: true, nodeRepulsion: function () { return 400000; },
            idealEdgeLength: function () { return 80; }, gravity: 40, numIter: 1500,
            componentSpacing: 60, nestingFactor: 1.2};
  }

  function wire(cy, state, block, words) {
    var later = null;
    function soon() {  // one declutter a frame, however many events arrive
      if (later === null) later = requestAnimationFrame(function () {
        later = null; scaleLabels(cy, state); declutter(cy, state);
      });
    }
    cy.on("viewport", soon);
    cy.on("position", "node", soon);
    cy.on("mouseover", "node", function (e) { focus(cy, state, e.target); info(block, words, e.target); });
    cy.on("mouseout", "node", function () { focus(cy, state, null); });
    cy.on("tap", "node", function (e) {
      var node = e.target, touch = e.originalEvent && (e.originalEvent.pointerType === "touch" ||
                                                       /^touch/.test(e.originalEvent.type));
      // A touch screen has no pointing: the first tap shows the neighbours and the link.
      if (touch && !(state.focus && state.focus.same(node))) {
        focus(cy, state, node); info(block, words, node); return;
      }
      if (node.data("href")) window.location.href = node.data("href");
    });
    cy.on("tap", function (e) { if (e.target === cy) focus(cy, state, null); });
    block.querySelectorAll(".dossier-network__kinds input, .dossier-network__min input")
      .forEach(function (el) { el.addEventListener("input", function () { filter(cy, state, block); }); });
    var input = block.querySelector(".dossier-network__search");
    input.addEventListener("input", function () { search(cy, state, input, false); });
    input.addEventListener("keydown", function (e) {
      if (e.key === "Enter") { e.preventDefault(); search(cy, state, input, true); }
    });
    block.querySelectorAll("[data-zoom]").forEach(function (button) {
      button.addEventListener("click", function () {
        var how = button.getAttribute("data-zoom");
        if (how === "fit") { cy.fit(cy.elements().not(".off"), 24); return; }
        var centre = {x: cy.width() / 2, y: cy.height() / 2};
        cy.zoom({level: cy.zoom() * (how === "in" ? 1.4 : 1 / 1.4), renderedPosition: centre});
      });
    });
  }

  function start(block) {
    var data = JSON.parse(block.querySelector(".dossier-network__data").getAttribute("data-network"));
    var hrefs = {};
    block.parentNode.querySelectorAll("a[data-node]").forEach(function (a) {
      hrefs[a.getAttribute("data-node")] = a.href;
    });
    block.hidden = false;
    var peak = Math.max.apply(null, [1].concat(data.graph.edges.map(function (e) { return e[2]; })));
    var cy = window.cytoscape({
      container: block.querySelector(".dossier-network__canvas"),
      elements: elements(data.graph, hrefs), style: style(peak), layout: layout(data.graph),
      minZoom: 0.2, maxZoom: 4, boxSelectionEnabled: false, autounselectify: true
    });
    var state = {focus: null, zoom: null};
    block.dossierNetwork = cy;  // for the browser tests
    wire(cy, state, block, data.words);
    scaleLabels(cy, state);
    declutter(cy, state);
    document.querySelectorAll(".dossier-graph, img.dossier-neighbourhood").forEach(function (el) {
      el.hidden = true;  // the static picture: for readers without script
    });
  }

  function boot() {
    var blocks = document.querySelectorAll("[data-dossier-network]");
    if (!blocks.length || !here) return;
    var script = document.createElement("script");
    script.src = new URL("vendor/cytoscape/cytoscape.min.js", here).href;
    script.onload = function () { blocks.forEach(start); };
    document.head.appendChild(script);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", boot);
  else boot();
})();
