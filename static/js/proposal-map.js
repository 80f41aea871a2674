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

  function addMarkers(layer, points) {
    points.forEach(function (point) {
      L.marker([point.lat, point.lon], { title: point.title, alt: point.title }).bindPopup(popupFor(point)).addTo(layer);
    });
  }

  function fitPoints(map, layer, points) {
    if (points.length === 1) {
      map.setView([points[0].lat, points[0].lon], 16);
    } else if (points.length > 1) {
      map.fitBounds(layer.getBounds(), { padding: [20, 20] });
    }
  }

  function showPoints(map, block, clustered) {
    var layer = clustered && L.markerClusterGroup ? L.markerClusterGroup() : L.featureGroup();
    layer.addTo(map);
    if (block.dataset.pointsUrl) { loadPoints(map, block, layer); return; }
    var points = readPoints(block);
    addMarkers(layer, points);
    fitPoints(map, layer, points);
  }

  // The data endpoint answers {fields: ["id", "lat", "lon", "field", "title"], points: [[…], …], total, limit}:
  // the newest points only. When there are more, moving or zooming the map asks again for the visible area.
  function loadPoints(map, block, layer) {
    var status = block.querySelector(".map-points-status");
    var first = true, request = 0;

    function fetchPoints(bounds) {
      var url = block.dataset.pointsUrl;
      if (bounds) {
        url += (url.indexOf("?") < 0 ? "?" : "&") + "bbox=" + [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()].map(function (n) { return n.toFixed(4); }).join(",");
      }
      var mine = ++request;
      fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
        .then(function (response) { return response.json(); })
        .then(function (data) {
          if (mine !== request) { return; }  // a newer view was asked for meanwhile
          var points = data.points.map(function (row) {
            var point = {};
            data.fields.forEach(function (name, index) { point[name] = row[index]; });
            return point;
          });
          layer.clearLayers();
          addMarkers(layer, points);
          if (status) {
            status.hidden = data.total <= points.length;
            status.textContent = status.dataset.templateSome.replace("{shown}", points.length.toLocaleString()).replace("{total}", data.total.toLocaleString());
          }
          if (first) {
            first = false;
            fitPoints(map, layer, points);
            if (data.total > points.length) {
              map.on("moveend", function () { fetchPoints(map.getBounds()); });
            }
          }
        });
    }
    fetchPoints(null);
  }

  // "51,3155" is how a German keyboard types it; the server accepts both, and so does the map.
  function parseCoordinate(value) {
    return parseFloat(String(value).trim().replace(",", "."));
  }

  // Suggest the district whose centre is nearest (no boundaries are shipped), unless the citizen chose one.
  function suggestDistrict(la, lo) {
    var select = document.getElementById("id_district");
    var data = document.getElementById("district-centres");
    var note = document.getElementById("district-suggestion");
    if (!select || !data || (select.value && select.dataset.suggested !== select.value)) { return; }
    var scale = Math.cos(la * Math.PI / 180), best = null, bestDistance = Infinity;
    JSON.parse(data.textContent).forEach(function (centre) {
      var dLat = centre.lat - la, dLon = (centre.lon - lo) * scale;
      var distance = dLat * dLat + dLon * dLon;
      if (distance < bestDistance) { best = centre; bestDistance = distance; }
    });
    if (!best) { return; }
    select.value = best.key;
    select.dataset.suggested = best.key;
    var suggested = document.getElementById("id_district_suggested");
    if (suggested) { suggested.value = "1"; }
    if (note) {
      note.textContent = note.dataset.template.replace("{district}", best.label);
      note.hidden = false;
    }
  }

  function pickPlace(map, block) {
    var lat = document.getElementById(block.dataset.latInput);
    var lon = document.getElementById(block.dataset.lonInput);
    var marker = null;

    function setInputs(latlng) {
      lat.value = latlng.lat.toFixed(6);
      lon.value = latlng.lng.toFixed(6);
      suggestDistrict(latlng.lat, latlng.lng);
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
      var la = parseCoordinate(lat.value), lo = parseCoordinate(lon.value);
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

  // Typed coordinates suggest a district too, with or without the map loaded.
  document.querySelectorAll('.map-block[data-mode="pick"]').forEach(function (block) {
    var lat = document.getElementById(block.dataset.latInput);
    var lon = document.getElementById(block.dataset.lonInput);
    function typed() {
      var la = parseCoordinate(lat.value), lo = parseCoordinate(lon.value);
      if (!isNaN(la) && !isNaN(lo)) { suggestDistrict(la, lo); }
    }
    lat.addEventListener("change", typed);
    lon.addEventListener("change", typed);
  });

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
