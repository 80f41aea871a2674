/* While a citizen types a title, show up to five similar proposals of the same action field.
   Without JavaScript the preview step does the same. */
(function () {
  "use strict";
  var box = document.getElementById("similar-proposals");
  var title = document.getElementById("id_title");
  var field = document.getElementById("id_action_field");
  if (!box || !title || !field) { return; }
  var timer = null;
  var lastQuery = "";

  function render(results) {
    box.textContent = "";
    if (!results.length) { return; }
    var heading = document.createElement("p");
    heading.className = "similar-heading";
    heading.textContent = box.dataset.heading;
    var list = document.createElement("ul");
    results.forEach(function (result) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = result.url;
      link.textContent = result.title;
      link.target = "_blank";
      // Said in words, not only by the browser: the typed text stays in this tab.
      var note = document.createElement("span");
      note.className = "new-tab-note";
      note.textContent = " " + box.dataset.newTab;
      link.appendChild(note);
      item.appendChild(link);
      list.appendChild(item);
    });
    box.appendChild(heading);
    box.appendChild(list);
  }

  function check() {
    var query = new URLSearchParams({ action_field: field.value, text: title.value.trim() }).toString();
    if (title.value.trim().length < 5 || query === lastQuery) { return; }
    lastQuery = query;
    fetch(box.dataset.url + "?" + query, { headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : { results: [] }; })
      .then(function (data) { render(data.results || []); })
      .catch(function () { /* the preview step still works */ });
  }

  function schedule() {
    window.clearTimeout(timer);
    timer = window.setTimeout(check, 400);
  }
  title.addEventListener("input", schedule);
  field.addEventListener("change", schedule);
})();
