// Renders the OpenAPI document into #swagger-ui. A file of its own: the page allows no inline script.
(function () {
  var target = document.getElementById('swagger-ui');
  window.SwaggerUIBundle({
    url: target.getAttribute('data-url'),
    domNode: target,
    deepLinking: true,
    tryItOutEnabled: false
  });
})();
