/* eslint-disable */
import type { Prisma, WildlifeSpecies, NatureReserve, NatureReserveCounty, WildlifeObservation, WildlifePermit, WildlifePermitEvent, WildlifePermitUse } from "./prisma/client.js";
import type { PothosPrismaDatamodel } from "@pothos/plugin-prisma";
export default interface PrismaTypes {
    WildlifeSpecies: {
        Name: "WildlifeSpecies";
        Shape: WildlifeSpecies;
        Include: Prisma.WildlifeSpeciesInclude;
        Select: Prisma.WildlifeSpeciesSelect;
        OrderBy: Prisma.WildlifeSpeciesOrderByWithRelationInput;
        WhereUnique: Prisma.WildlifeSpeciesWhereUniqueInput;
        Where: Prisma.WildlifeSpeciesWhereInput;
        Create: {};
        Update: {};
        RelationName: "reserves" | "observations" | "permits";
        ListRelations: "reserves" | "observations" | "permits";
        Relations: {
            reserves: {
                Shape: NatureReserve[];
                Name: "NatureReserve";
                Nullable: false;
            };
            observations: {
                Shape: WildlifeObservation[];
                Name: "WildlifeObservation";
                Nullable: false;
            };
            permits: {
                Shape: WildlifePermit[];
                Name: "WildlifePermit";
                Nullable: false;
            };
        };
    };
    NatureReserve: {
        Name: "NatureReserve";
        Shape: NatureReserve;
        Include: Prisma.NatureReserveInclude;
        Select: Prisma.NatureReserveSelect;
        OrderBy: Prisma.NatureReserveOrderByWithRelationInput;
        WhereUnique: Prisma.NatureReserveWhereUniqueInput;
        Where: Prisma.NatureReserveWhereInput;
        Create: {};
        Update: {};
        RelationName: "counties" | "keySpecies" | "observations";
        ListRelations: "counties" | "keySpecies" | "observations";
        Relations: {
            counties: {
                Shape: NatureReserveCounty[];
                Name: "NatureReserveCounty";
                Nullable: false;
            };
            keySpecies: {
                Shape: WildlifeSpecies[];
                Name: "WildlifeSpecies";
                Nullable: false;
            };
            observations: {
                Shape: WildlifeObservation[];
                Name: "WildlifeObservation";
                Nullable: false;
            };
        };
    };
    NatureReserveCounty: {
        Name: "NatureReserveCounty";
        Shape: NatureReserveCounty;
        Include: Prisma.NatureReserveCountyInclude;
        Select: Prisma.NatureReserveCountySelect;
        OrderBy: Prisma.NatureReserveCountyOrderByWithRelationInput;
        WhereUnique: Prisma.NatureReserveCountyWhereUniqueInput;
        Where: Prisma.NatureReserveCountyWhereInput;
        Create: {};
        Update: {};
        RelationName: "reserve";
        ListRelations: never;
        Relations: {
            reserve: {
                Shape: NatureReserve;
                Name: "NatureReserve";
                Nullable: false;
            };
        };
    };
    WildlifeObservation: {
        Name: "WildlifeObservation";
        Shape: WildlifeObservation;
        Include: Prisma.WildlifeObservationInclude;
        Select: Prisma.WildlifeObservationSelect;
        OrderBy: Prisma.WildlifeObservationOrderByWithRelationInput;
        WhereUnique: Prisma.WildlifeObservationWhereUniqueInput;
        Where: Prisma.WildlifeObservationWhereInput;
        Create: {};
        Update: {};
        RelationName: "species" | "reserve";
        ListRelations: never;
        Relations: {
            species: {
                Shape: WildlifeSpecies;
                Name: "WildlifeSpecies";
                Nullable: false;
            };
            reserve: {
                Shape: NatureReserve | null;
                Name: "NatureReserve";
                Nullable: true;
            };
        };
    };
    WildlifePermit: {
        Name: "WildlifePermit";
        Shape: WildlifePermit;
        Include: Prisma.WildlifePermitInclude;
        Select: Prisma.WildlifePermitSelect;
        OrderBy: Prisma.WildlifePermitOrderByWithRelationInput;
        WhereUnique: Prisma.WildlifePermitWhereUniqueInput;
        Where: Prisma.WildlifePermitWhereInput;
        Create: {};
        Update: {};
        RelationName: "species" | "events" | "uses";
        ListRelations: "events" | "uses";
        Relations: {
            species: {
                Shape: WildlifeSpecies;
                Name: "WildlifeSpecies";
                Nullable: false;
            };
            events: {
                Shape: WildlifePermitEvent[];
                Name: "WildlifePermitEvent";
                Nullable: false;
            };
            uses: {
                Shape: WildlifePermitUse[];
                Name: "WildlifePermitUse";
                Nullable: false;
            };
        };
    };
    WildlifePermitEvent: {
        Name: "WildlifePermitEvent";
        Shape: WildlifePermitEvent;
        Include: Prisma.WildlifePermitEventInclude;
        Select: Prisma.WildlifePermitEventSelect;
        OrderBy: Prisma.WildlifePermitEventOrderByWithRelationInput;
        WhereUnique: Prisma.WildlifePermitEventWhereUniqueInput;
        Where: Prisma.WildlifePermitEventWhereInput;
        Create: {};
        Update: {};
        RelationName: "permit";
        ListRelations: never;
        Relations: {
            permit: {
                Shape: WildlifePermit;
                Name: "WildlifePermit";
                Nullable: false;
            };
        };
    };
    WildlifePermitUse: {
        Name: "WildlifePermitUse";
        Shape: WildlifePermitUse;
        Include: Prisma.WildlifePermitUseInclude;
        Select: Prisma.WildlifePermitUseSelect;
        OrderBy: Prisma.WildlifePermitUseOrderByWithRelationInput;
        WhereUnique: Prisma.WildlifePermitUseWhereUniqueInput;
        Where: Prisma.WildlifePermitUseWhereInput;
        Create: {};
        Update: {};
        RelationName: "permit";
        ListRelations: never;
        Relations: {
            permit: {
                Shape: WildlifePermit;
                Name: "WildlifePermit";
                Nullable: false;
            };
        };
    };
}
export function getDatamodel(): PothosPrismaDatamodel { return JSON.parse("{\"datamodel\":{\"models\":{\"WildlifeSpecies\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"code\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"scientificName\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":true,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"name\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"nameEn\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"WildlifeGroup\",\"kind\":\"enum\",\"name\":\"group\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"family\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"WildlifeProtectionClass\",\"kind\":\"enum\",\"name\":\"protectionClass\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"IucnRedListCategory\",\"kind\":\"enum\",\"name\":\"iucnCategory\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Boolean\",\"kind\":\"scalar\",\"name\":\"wildPopulationsOnly\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"NatureReserve\",\"kind\":\"object\",\"name\":\"reserves\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ReserveKeySpecies\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"WildlifeObservation\",\"kind\":\"object\",\"name\":\"observations\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"WildlifeObservationToWildlifeSpecies\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"WildlifePermit\",\"kind\":\"object\",\"name\":\"permits\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"WildlifePermitToWildlifeSpecies\",\"relationFromFields\":[],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"NatureReserve\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"code\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"name\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"nameEn\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"NatureReserveLevel\",\"kind\":\"enum\",\"name\":\"level\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"NatureReserveCategory\",\"kind\":\"enum\",\"name\":\"category\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Decimal\",\"kind\":\"scalar\",\"name\":\"area\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"establishedYear\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"managingAuthority\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"NatureReserveCounty\",\"kind\":\"object\",\"name\":\"counties\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"NatureReserveToNatureReserveCounty\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"WildlifeSpecies\",\"kind\":\"object\",\"name\":\"keySpecies\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ReserveKeySpecies\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"WildlifeObservation\",\"kind\":\"object\",\"name\":\"observations\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"NatureReserveToWildlifeObservation\",\"relationFromFields\":[],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"NatureReserveCounty\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"reserveCode\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"NatureReserve\",\"kind\":\"object\",\"name\":\"reserve\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"NatureReserveToNatureReserveCounty\",\"relationFromFields\":[\"reserveCode\"],\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"divisionCode\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false}],\"primaryKey\":{\"name\":null,\"fields\":[\"reserveCode\",\"divisionCode\"]},\"uniqueIndexes\":[]},\"WildlifeObservation\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"speciesCode\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"WildlifeSpecies\",\"kind\":\"object\",\"name\":\"species\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"WildlifeObservationToWildlifeSpecies\",\"relationFromFields\":[\"speciesCode\"],\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"reserveCode\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"NatureReserve\",\"kind\":\"object\",\"name\":\"reserve\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"NatureReserveToWildlifeObservation\",\"relationFromFields\":[\"reserveCode\"],\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"divisionCode\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"subCompartmentId\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"observedAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"observer\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"WildlifeObservationMethod\",\"kind\":\"enum\",\"name\":\"method\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"individualCount\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"evidenceRef\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Float\",\"kind\":\"scalar\",\"name\":\"longitude\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Float\",\"kind\":\"scalar\",\"name\":\"latitude\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"note\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"WildlifeVerificationStatus\",\"kind\":\"enum\",\"name\":\"verificationStatus\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"verifiedBy\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"verifiedAt\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"rejectionReason\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"createdAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"WildlifePermit\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"permitNumber\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":true,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"WildlifePermitKind\",\"kind\":\"enum\",\"name\":\"kind\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"WildlifePermitStatus\",\"kind\":\"enum\",\"name\":\"status\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"holderName\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"holderCreditCode\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"holderDivisionCode\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"speciesCode\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"WildlifeSpecies\",\"kind\":\"object\",\"name\":\"species\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"WildlifePermitToWildlifeSpecies\",\"relationFromFields\":[\"speciesCode\"],\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"quantity\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"remainingQuantity\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"unit\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"purpose\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"validFrom\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"validUntil\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"WildlifeApprovalAuthority\",\"kind\":\"enum\",\"name\":\"requiredAuthority\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"WildlifeApprovalAuthority\",\"kind\":\"enum\",\"name\":\"decidingAuthority\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"decidedBy\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"decidedAt\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"decisionNote\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"issuedAt\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"appliedAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"WildlifePermitEvent\",\"kind\":\"object\",\"name\":\"events\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"WildlifePermitToWildlifePermitEvent\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"WildlifePermitUse\",\"kind\":\"object\",\"name\":\"uses\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"WildlifePermitToWildlifePermitUse\",\"relationFromFields\":[],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"WildlifePermitEvent\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"permitId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"WildlifePermit\",\"kind\":\"object\",\"name\":\"permit\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"WildlifePermitToWildlifePermitEvent\",\"relationFromFields\":[\"permitId\"],\"isUpdatedAt\":false},{\"type\":\"WildlifePermitStatus\",\"kind\":\"enum\",\"name\":\"fromStatus\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"WildlifePermitStatus\",\"kind\":\"enum\",\"name\":\"toStatus\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"at\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"actor\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"note\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"WildlifePermitUse\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"permitId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"WildlifePermit\",\"kind\":\"object\",\"name\":\"permit\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"WildlifePermitToWildlifePermitUse\",\"relationFromFields\":[\"permitId\"],\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"quantity\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"usedAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"recordedBy\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"note\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"createdAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]}}}}"); }