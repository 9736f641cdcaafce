/* eslint-disable */
import type { Prisma, Division, ForestryUnit, Compartment, TreeSpecies, SubCompartment, ForestryProject } from "./prisma/client.js";
import type { PothosPrismaDatamodel } from "@pothos/plugin-prisma";
export default interface PrismaTypes {
    Division: {
        Name: "Division";
        Shape: Division;
        Include: Prisma.DivisionInclude;
        Select: Prisma.DivisionSelect;
        OrderBy: Prisma.DivisionOrderByWithRelationInput;
        WhereUnique: Prisma.DivisionWhereUniqueInput;
        Where: Prisma.DivisionWhereInput;
        Create: {};
        Update: {};
        RelationName: "parent" | "children" | "forestryUnits" | "subCompartments" | "projects";
        ListRelations: "children" | "forestryUnits" | "subCompartments" | "projects";
        Relations: {
            parent: {
                Shape: Division | null;
                Name: "Division";
                Nullable: true;
            };
            children: {
                Shape: Division[];
                Name: "Division";
                Nullable: false;
            };
            forestryUnits: {
                Shape: ForestryUnit[];
                Name: "ForestryUnit";
                Nullable: false;
            };
            subCompartments: {
                Shape: SubCompartment[];
                Name: "SubCompartment";
                Nullable: false;
            };
            projects: {
                Shape: ForestryProject[];
                Name: "ForestryProject";
                Nullable: false;
            };
        };
    };
    ForestryUnit: {
        Name: "ForestryUnit";
        Shape: ForestryUnit;
        Include: Prisma.ForestryUnitInclude;
        Select: Prisma.ForestryUnitSelect;
        OrderBy: Prisma.ForestryUnitOrderByWithRelationInput;
        WhereUnique: Prisma.ForestryUnitWhereUniqueInput;
        Where: Prisma.ForestryUnitWhereInput;
        Create: {};
        Update: {};
        RelationName: "division" | "compartments";
        ListRelations: "compartments";
        Relations: {
            division: {
                Shape: Division;
                Name: "Division";
                Nullable: false;
            };
            compartments: {
                Shape: Compartment[];
                Name: "Compartment";
                Nullable: false;
            };
        };
    };
    Compartment: {
        Name: "Compartment";
        Shape: Compartment;
        Include: Prisma.CompartmentInclude;
        Select: Prisma.CompartmentSelect;
        OrderBy: Prisma.CompartmentOrderByWithRelationInput;
        WhereUnique: Prisma.CompartmentWhereUniqueInput;
        Where: Prisma.CompartmentWhereInput;
        Create: {};
        Update: {};
        RelationName: "forestryUnit" | "subCompartments";
        ListRelations: "subCompartments";
        Relations: {
            forestryUnit: {
                Shape: ForestryUnit;
                Name: "ForestryUnit";
                Nullable: false;
            };
            subCompartments: {
                Shape: SubCompartment[];
                Name: "SubCompartment";
                Nullable: false;
            };
        };
    };
    TreeSpecies: {
        Name: "TreeSpecies";
        Shape: TreeSpecies;
        Include: Prisma.TreeSpeciesInclude;
        Select: Prisma.TreeSpeciesSelect;
        OrderBy: Prisma.TreeSpeciesOrderByWithRelationInput;
        WhereUnique: Prisma.TreeSpeciesWhereUniqueInput;
        Where: Prisma.TreeSpeciesWhereInput;
        Create: {};
        Update: {};
        RelationName: "subCompartments";
        ListRelations: "subCompartments";
        Relations: {
            subCompartments: {
                Shape: SubCompartment[];
                Name: "SubCompartment";
                Nullable: false;
            };
        };
    };
    SubCompartment: {
        Name: "SubCompartment";
        Shape: SubCompartment;
        Include: Prisma.SubCompartmentInclude;
        Select: Prisma.SubCompartmentSelect;
        OrderBy: Prisma.SubCompartmentOrderByWithRelationInput;
        WhereUnique: Prisma.SubCompartmentWhereUniqueInput;
        Where: Prisma.SubCompartmentWhereInput;
        Create: {};
        Update: {};
        RelationName: "compartment" | "division" | "dominantSpecies";
        ListRelations: never;
        Relations: {
            compartment: {
                Shape: Compartment;
                Name: "Compartment";
                Nullable: false;
            };
            division: {
                Shape: Division;
                Name: "Division";
                Nullable: false;
            };
            dominantSpecies: {
                Shape: TreeSpecies;
                Name: "TreeSpecies";
                Nullable: false;
            };
        };
    };
    ForestryProject: {
        Name: "ForestryProject";
        Shape: ForestryProject;
        Include: Prisma.ForestryProjectInclude;
        Select: Prisma.ForestryProjectSelect;
        OrderBy: Prisma.ForestryProjectOrderByWithRelationInput;
        WhereUnique: Prisma.ForestryProjectWhereUniqueInput;
        Where: Prisma.ForestryProjectWhereInput;
        Create: {};
        Update: {};
        RelationName: "divisions";
        ListRelations: "divisions";
        Relations: {
            divisions: {
                Shape: Division[];
                Name: "Division";
                Nullable: false;
            };
        };
    };
}
export function getDatamodel(): PothosPrismaDatamodel { return JSON.parse("{\"datamodel\":{\"models\":{\"Division\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"code\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"name\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"nameEn\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DivisionLevel\",\"kind\":\"enum\",\"name\":\"level\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"parentCode\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Division\",\"kind\":\"object\",\"name\":\"parent\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"DivisionTree\",\"relationFromFields\":[\"parentCode\"],\"isUpdatedAt\":false},{\"type\":\"Division\",\"kind\":\"object\",\"name\":\"children\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"DivisionTree\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"Float\",\"kind\":\"scalar\",\"name\":\"longitude\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Float\",\"kind\":\"scalar\",\"name\":\"latitude\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"ForestryUnit\",\"kind\":\"object\",\"name\":\"forestryUnits\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"DivisionToForestryUnit\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"SubCompartment\",\"kind\":\"object\",\"name\":\"subCompartments\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"DivisionToSubCompartment\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"ForestryProject\",\"kind\":\"object\",\"name\":\"projects\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"DivisionToForestryProject\",\"relationFromFields\":[],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"ForestryUnit\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"code\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"name\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"nameEn\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"ForestryUnitKind\",\"kind\":\"enum\",\"name\":\"kind\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"divisionCode\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Division\",\"kind\":\"object\",\"name\":\"division\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"DivisionToForestryUnit\",\"relationFromFields\":[\"divisionCode\"],\"isUpdatedAt\":false},{\"type\":\"Compartment\",\"kind\":\"object\",\"name\":\"compartments\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"CompartmentToForestryUnit\",\"relationFromFields\":[],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"Compartment\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"code\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"forestryUnitCode\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"ForestryUnit\",\"kind\":\"object\",\"name\":\"forestryUnit\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"CompartmentToForestryUnit\",\"relationFromFields\":[\"forestryUnitCode\"],\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"number\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"SubCompartment\",\"kind\":\"object\",\"name\":\"subCompartments\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"CompartmentToSubCompartment\",\"relationFromFields\":[],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[{\"name\":null,\"fields\":[\"forestryUnitCode\",\"number\"]}]},\"TreeSpecies\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"code\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"name\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"nameEn\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"scientificName\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"naturalAgeLimits\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"plantedAgeLimits\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"SubCompartment\",\"kind\":\"object\",\"name\":\"subCompartments\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"SubCompartmentToTreeSpecies\",\"relationFromFields\":[],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"SubCompartment\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"code\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":true,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"compartmentCode\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Compartment\",\"kind\":\"object\",\"name\":\"compartment\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"CompartmentToSubCompartment\",\"relationFromFields\":[\"compartmentCode\"],\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"number\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"divisionCode\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Division\",\"kind\":\"object\",\"name\":\"division\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"DivisionToSubCompartment\",\"relationFromFields\":[\"divisionCode\"],\"isUpdatedAt\":false},{\"type\":\"Decimal\",\"kind\":\"scalar\",\"name\":\"area\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"dominantSpeciesCode\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"TreeSpecies\",\"kind\":\"object\",\"name\":\"dominantSpecies\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"SubCompartmentToTreeSpecies\",\"relationFromFields\":[\"dominantSpeciesCode\"],\"isUpdatedAt\":false},{\"type\":\"ForestOrigin\",\"kind\":\"enum\",\"name\":\"origin\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"averageAge\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"AgeClass\",\"kind\":\"enum\",\"name\":\"ageClass\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Decimal\",\"kind\":\"scalar\",\"name\":\"stockVolume\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Decimal\",\"kind\":\"scalar\",\"name\":\"canopyDensity\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"LandOwnership\",\"kind\":\"enum\",\"name\":\"ownership\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"ForestCategory\",\"kind\":\"enum\",\"name\":\"forestCategory\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"PublicWelfareGrade\",\"kind\":\"enum\",\"name\":\"publicWelfareGrade\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Float\",\"kind\":\"scalar\",\"name\":\"longitude\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Float\",\"kind\":\"scalar\",\"name\":\"latitude\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"surveyYear\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"version\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"createdAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"updatedAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":true}],\"primaryKey\":null,\"uniqueIndexes\":[{\"name\":null,\"fields\":[\"compartmentCode\",\"number\"]}]},\"ForestryProject\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"code\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"name\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"nameEn\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"ProjectKind\",\"kind\":\"enum\",\"name\":\"kind\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"startYear\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"endYear\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Decimal\",\"kind\":\"scalar\",\"name\":\"budget\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Decimal\",\"kind\":\"scalar\",\"name\":\"plannedArea\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Decimal\",\"kind\":\"scalar\",\"name\":\"completedArea\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Division\",\"kind\":\"object\",\"name\":\"divisions\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"DivisionToForestryProject\",\"relationFromFields\":[],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]}}}}"); }