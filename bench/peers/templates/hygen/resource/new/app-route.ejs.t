---
inject: true
to: src/app.ts
after: "^  app.route\\('/', createOpenApiRoutes"
skip_if: "app.route\\('/<%= names %>'"
eof_last: false
---
  app.route('/<%= names %>', create<%= Name %>Routes(deps));
