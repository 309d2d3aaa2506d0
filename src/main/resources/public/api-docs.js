// Loads Swagger UI only when asked for (it is most of the page's weight), or at once for a deep link
// ("#/hearings/listHearings"). A file of its own: the page allows no inline script.
(function () {
  var button = document.getElementById('show-reference');
  var target = document.getElementById('swagger-ui');

  function load(path, tag, attribute) {
    return new Promise(function (resolve, reject) {
      var element = document.createElement(tag);
      element[attribute] = path;
      if (tag === 'link') {
        element.rel = 'stylesheet';
      }
      element.onload = resolve;
      element.onerror = reject;
      document.head.appendChild(element);
    });
  }

  function show() {
    button.disabled = true;
    button.textContent = 'Loading the reference…';
    Promise.all([load('/static/swagger-ui/swagger-ui.css', 'link', 'href'), load('/static/swagger-ui/swagger-ui-bundle.js', 'script', 'src')])
      .then(function () {
        button.parentElement.hidden = true;
        window.SwaggerUIBundle({ url: button.getAttribute('data-url'), domNode: target, deepLinking: true, tryItOutEnabled: false });
      })
      .catch(function () {
        button.disabled = false;
        button.textContent = 'The reference could not be loaded: try again';
      });
  }

  button.addEventListener('click', show);
  if (window.location.hash.indexOf('#/') === 0) {
    show();
  }
})();
