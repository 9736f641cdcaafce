import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';

const pluginName = 'partialResults' as const;

declare global {
  export namespace PothosSchemaTypes {
    interface Plugins<Types extends SchemaTypes> {
      partialResults: PartialResultsPlugin<Types>;
    }
  }
}

/**
 * Makes every query field of a subgraph nullable. An error in a non-null field nulls its parent,
 * and at the root that is the whole response: a leader's county overview would go blank because
 * one department is down. Nullable root fields confine a department's failure to its own fields,
 * which come back as null with an error that names the department, while the rest is answered.
 */
export class PartialResultsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override onOutputFieldConfig(fieldConfig: PothosOutputFieldConfig<Types>): PothosOutputFieldConfig<Types> {
    if (fieldConfig.kind !== 'Query' || fieldConfig.type.nullable) return fieldConfig;
    return { ...fieldConfig, type: { ...fieldConfig.type, nullable: true } };
  }
}

SchemaBuilder.registerPlugin(pluginName, PartialResultsPlugin);

export default pluginName;
