---
inject: true
to: src/app.ts
after: "^import .*openapi.routes"
skip_if: create<%= Name %>Routes
eof_last: false
---
import { create<%= Name %>Routes } from './resources/<%= name %>/<%= name %>.routes.js';
