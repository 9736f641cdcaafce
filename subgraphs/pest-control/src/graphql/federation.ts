import type { ObjectRef } from '@pothos/core';
import { builder } from '../builder.js';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

// Other modules add their fields with `builder.objectFields`; the refs are exported as plain
// object refs because the federation plugin does not export the class of external refs.

/** 行政区划, owned by forest resources: its key is the GB/T 2260 code. */
export const DivisionRef: ObjectRef<Types, { code: string }> = builder
  .externalRef('Division', builder.selection<{ code: string }>('code'))
  .implement({ fields: (t) => ({ code: t.exposeID('code') }) });

/** 小班, owned by forest resources: its key is the permanent id. */
export const SubCompartmentRef: ObjectRef<Types, { id: string }> = builder
  .externalRef('SubCompartment', builder.selection<{ id: string }>('id'))
  .implement({ fields: (t) => ({ id: t.exposeID('id') }) });
