/* Maps for proposals, on top of django-leaflet's {% leaflet_map %}.
   No tile is requested before the visitor presses "Load the map" (the tile server is a third party).
   Modes: "pick" sets a place in a form, "points" shows one proposal, "cluster" shows many. */
(function () {
  "use strict";

  var CONSENT_KEY = "smartkassel:map-consent";

  function readPoints(block) {
    var script = block.dataset.points && document.getElementById(block.dataset.points);
    return script ? JSON.parse(script.textContent) : [];
  }

  function popupFor(point) {
    // Built from DOM nodes, never from HTML strings: titles are citizens' text.
    var link = document.createElement("a");
    link.href = point.url || "/vorschlaege/" + point.id + "/";
    link.textContent = point.title;
    return link;
  }

  function showPoints(map, block, clustered) {
    var points = readPoints(block);
    var layer = clustered && L.markerClusterGroup ? L.markerClusterGroup() : L.featureGroup();
    points.forEach(function (point) {
      L.marker([point.lat, point.lon], { title: point.title, alt: point.title }).bindPopup(popupFor(point)).addTo(layer);
    });
    layer.addTo(map);
    if (points.length === 1) {
      map.setView([points[0].lat, points[0].lon], 16);
    } else if (points.length > 1) {
      map.fitBounds(layer.getBounds(), { padding: [20, 20] });
    }
  }

  function pickPlace(map, block) {
    var lat = document.getElementById(block.dataset.latInput);
    var lon = document.getElementById(block.dataset.lonInput);
    var marker = null;

    function setInputs(latlng) {
      lat.value = latlng.lat.toFixed(6);
      lon.value = latlng.lng.toFixed(6);
    }
    function place(latlng) {
      if (!marker) {
        marker = L.marker(latlng, { draggable: true, keyboard: true }).addTo(map);
        marker.on("dragend", function () { setInputs(marker.getLatLng()); });
      } else {
        marker.setLatLng(latlng);
      }
    }
    function fromInputs() {
      var la = parseFloat(lat.value), lo = parseFloat(lon.value);
      if (!isNaN(la) && !isNaN(lo)) { place([la, lo]); }
    }
    map.on("click", function (event) { place(event.latlng); setInputs(event.latlng); });
    lat.addEventListener("change", fromInputs);
    lon.addEventListener("change", fromInputs);
    fromInputs();
    if (marker) { map.setView(marker.getLatLng(), 15); }
  }

  // django-leaflet calls this once a map is created.
  window.smartKasselMapReady = function (map) {
    var block = document.querySelector('.map-block[data-map="' + map.getContainer().id + '"]');
    L.tileLayer(block.dataset.tileUrl, { attribution: block.dataset.tileAttribution, maxZoom: 19 }).addTo(map);
    if (block.dataset.mode === "pick") { pickPlace(map, block); }
    else { showPoints(map, block, block.dataset.mode === "cluster"); }
  };

  function load(block) {
    block.querySelector(".map-consent").hidden = true;
    block.querySelector(".map-canvas").hidden = false;
    var hint = block.querySelector(".map-hint");
    if (hint) { hint.hidden = false; }
    window["loadmap" + block.dataset.map]();
  }

  document.querySelectorAll(".map-block").forEach(function (block) {
    var button = block.querySelector(".map-load");
    button.hidden = false;
    button.addEventListener("click", function () {
      try { window.sessionStorage.setItem(CONSENT_KEY, "1"); } catch (e) { /* storage may be off */ }
      load(block);
    });
    var agreed = false;
    try { agreed = window.sessionStorage.getItem(CONSENT_KEY) === "1"; } catch (e) { agreed = false; }
    if (agreed) { load(block); }
  });
})();
