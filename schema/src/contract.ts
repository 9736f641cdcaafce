import {
  Kind,
  parse,
  print,
  visit,
  type ConstDirectiveNode,
  type DefinitionNode,
  type DocumentNode,
  type FieldDefinitionNode,
  type TypeNode,
} from 'graphql';

/** The tag that puts a field into the public contract. */
export const PUBLIC_TAG = 'public';

const INACCESSIBLE_LINK = 'https://specs.apollo.dev/inaccessible/v0.2';

const inaccessible: ConstDirectiveNode = { kind: Kind.DIRECTIVE, name: { kind: Kind.NAME, value: 'inaccessible' } };

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

function isTaggedPublic(node: { directives?: readonly ConstDirectiveNode[] | undefined }): boolean {
  return (node.directives ?? []).some(
    (directive) =>
      directive.name.value === 'tag' &&
      directive.arguments?.some(
        (argument) => argument.name.value === 'name' && argument.value.kind === Kind.STRING && argument.value.value === PUBLIC_TAG,
      ),
  );
}

/** A linked feature's own type, such as `join__Graph` or `requiresScopes__Scope`: the feature owns it. */
function isFederationMachinery(name: string): boolean {
  return /^[A-Za-z]+__/.test(name);
}

type TypeDefinition = Extract<DefinitionNode, { name: { value: string } }> & { kind: string };

/**
 * Derives the public contract from the supergraph: a field is public only when it, or its
 * type, is tagged `public`; a type is public only when a public field reaches it. Everything else is marked
 * `@inaccessible`, which the gateway removes from the schema it serves — so a field nobody
 * tagged can never be selected on the public path, whatever its resolver would allow.
 */
export function publicSupergraph(supergraphSdl: string): string {
  const document = parse(supergraphSdl);
  const types = new Map<string, TypeDefinition>();
  const implementers = new Map<string, string[]>();
  for (const definition of document.definitions) {
    if (!('name' in definition) || !definition.name || isFederationMachinery(definition.name.value)) continue;
    if (definition.kind === Kind.DIRECTIVE_DEFINITION) continue;
    types.set(definition.name.value, definition as TypeDefinition);
    if (definition.kind === Kind.OBJECT_TYPE_DEFINITION) {
      for (const implemented of definition.interfaces ?? []) {
        implementers.set(implemented.name.value, [...(implementers.get(implemented.name.value) ?? []), definition.name.value]);
      }
    }
  }

  const reachedTypes = new Set<string>();
  const keptFields = new Set<string>();
  const pending = ['Query', 'Mutation', 'Subscription'];
  const reach = (name: string) => {
    if (!reachedTypes.has(name) && types.has(name)) pending.push(name);
  };
  while (pending.length > 0) {
    const name = pending.pop()!;
    const definition = types.get(name);
    if (!definition || reachedTypes.has(name)) continue;
    const isRoot = name === 'Query' || name === 'Mutation' || name === 'Subscription';
    switch (definition.kind) {
      case Kind.OBJECT_TYPE_DEFINITION:
      case Kind.INTERFACE_TYPE_DEFINITION: {
        // A type tagged public (connection plumbing, for instance) discloses all its fields.
        const publicFields = isTaggedPublic(definition) ? [...(definition.fields ?? [])] : (definition.fields ?? []).filter(isTaggedPublic);
        if (isRoot && publicFields.length === 0) continue;
        reachedTypes.add(name);
        for (const field of publicFields) {
          keptFields.add(`${name}.${field.name.value}`);
          reach(namedType(field.type));
          for (const argument of field.arguments ?? []) reach(namedType(argument.type));
        }
        for (const implementer of implementers.get(name) ?? []) reach(implementer);
        break;
      }
      case Kind.INPUT_OBJECT_TYPE_DEFINITION:
        reachedTypes.add(name);
        for (const field of definition.fields ?? []) reach(namedType(field.type));
        break;
      case Kind.UNION_TYPE_DEFINITION:
        reachedTypes.add(name);
        for (const member of definition.types ?? []) reach(member.name.value);
        break;
      default:
        reachedTypes.add(name);
    }
  }
  // An interface field stays wherever a kept implementation keeps it, so implementations stay valid.
  for (const [interfaceName, objects] of implementers) {
    for (const objectName of objects.filter((object) => reachedTypes.has(object))) {
      const definition = types.get(interfaceName);
      if (definition?.kind !== Kind.INTERFACE_TYPE_DEFINITION) continue;
      reachedTypes.add(interfaceName);
      for (const field of definition.fields ?? []) {
        if (keptFields.has(`${objectName}.${field.name.value}`)) keptFields.add(`${interfaceName}.${field.name.value}`);
      }
    }
  }

  const withInaccessible = <Node extends { directives?: readonly ConstDirectiveNode[] | undefined }>(node: Node): Node => ({
    ...node,
    directives: [...(node.directives ?? []), inaccessible],
  });

  const contract = visit(document, {
    SchemaDefinition: (node) => ({
      ...node,
      directives: [
        ...(node.directives ?? []),
        parseConstDirective(`@link(url: "${INACCESSIBLE_LINK}", for: SECURITY)`),
      ],
    }),
    ObjectTypeDefinition: (node) => markType(node),
    InterfaceTypeDefinition: (node) => markType(node),
    InputObjectTypeDefinition: (node) => (isMarkable(node.name.value) && !reachedTypes.has(node.name.value) ? withInaccessible(node) : node),
    EnumTypeDefinition: (node) => (isMarkable(node.name.value) && !reachedTypes.has(node.name.value) ? withInaccessible(node) : node),
    ScalarTypeDefinition: (node) => (isMarkable(node.name.value) && !reachedTypes.has(node.name.value) ? withInaccessible(node) : node),
    UnionTypeDefinition: (node) => (isMarkable(node.name.value) && !reachedTypes.has(node.name.value) ? withInaccessible(node) : node),
  }) as DocumentNode;

  function isMarkable(name: string): boolean {
    return !isFederationMachinery(name) && types.has(name);
  }

  function markType<Node extends { name: { value: string }; fields?: readonly FieldDefinitionNode[] | undefined; directives?: readonly ConstDirectiveNode[] | undefined }>(
    node: Node,
  ): Node {
    const name = node.name.value;
    if (!isMarkable(name)) return node;
    if (!reachedTypes.has(name)) return withInaccessible(node);
    return {
      ...node,
      fields: node.fields?.map((field) => (keptFields.has(`${name}.${field.name.value}`) ? field : withInaccessible(field))),
    };
  }

  const definitions = contract.definitions.some(
    (definition) => definition.kind === Kind.DIRECTIVE_DEFINITION && definition.name.value === 'inaccessible',
  )
    ? contract.definitions
    : [
        ...contract.definitions,
        ...parse(
          'directive @inaccessible on FIELD_DEFINITION | OBJECT | INTERFACE | UNION | ARGUMENT_DEFINITION | SCALAR | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION',
        ).definitions,
      ];
  return `${print({ ...contract, definitions })}\n`;
}

function parseConstDirective(source: string): ConstDirectiveNode {
  const document = parse(`scalar X ${source}`);
  const scalar = document.definitions[0];
  if (scalar?.kind !== Kind.SCALAR_TYPE_DEFINITION || !scalar.directives?.[0]) throw new Error(`Bad directive ${source}`);
  return scalar.directives[0];
}
