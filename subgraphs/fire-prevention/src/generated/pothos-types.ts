/* eslint-disable */
import type { Prisma, FireDangerRating, FireLookoutTower, FirePatrolRoute, FirePatrol, FireResource, FireIncident, FireIncidentStatusChange, FireResponseAction, FireAreaRevision, FireOffice, FireDutyOfficer, FireDutyShift, FireAlert } from "./prisma/client.js";
import type { PothosPrismaDatamodel } from "@pothos/plugin-prisma";
export default interface PrismaTypes {
    FireDangerRating: {
        Name: "FireDangerRating";
        Shape: FireDangerRating;
        Include: Prisma.FireDangerRatingInclude;
        Select: Prisma.FireDangerRatingSelect;
        OrderBy: Prisma.FireDangerRatingOrderByWithRelationInput;
        WhereUnique: Prisma.FireDangerRatingWhereUniqueInput;
        Where: Prisma.FireDangerRatingWhereInput;
        Create: {};
        Update: {};
        RelationName: "alerts";
        ListRelations: "alerts";
        Relations: {
            alerts: {
                Shape: FireAlert[];
                Name: "FireAlert";
                Nullable: false;
            };
        };
    };
    FireLookoutTower: {
        Name: "FireLookoutTower";
        Shape: FireLookoutTower;
        Include: Prisma.FireLookoutTowerInclude;
        Select: Prisma.FireLookoutTowerSelect;
        OrderBy: Prisma.FireLookoutTowerOrderByWithRelationInput;
        WhereUnique: Prisma.FireLookoutTowerWhereUniqueInput;
        Where: Prisma.FireLookoutTowerWhereInput;
        Create: {};
        Update: {};
        RelationName: "fireIncidents";
        ListRelations: "fireIncidents";
        Relations: {
            fireIncidents: {
                Shape: FireIncident[];
                Name: "FireIncident";
                Nullable: false;
            };
        };
    };
    FirePatrolRoute: {
        Name: "FirePatrolRoute";
        Shape: FirePatrolRoute;
        Include: Prisma.FirePatrolRouteInclude;
        Select: Prisma.FirePatrolRouteSelect;
        OrderBy: Prisma.FirePatrolRouteOrderByWithRelationInput;
        WhereUnique: Prisma.FirePatrolRouteWhereUniqueInput;
        Where: Prisma.FirePatrolRouteWhereInput;
        Create: {};
        Update: {};
        RelationName: "patrols";
        ListRelations: "patrols";
        Relations: {
            patrols: {
                Shape: FirePatrol[];
                Name: "FirePatrol";
                Nullable: false;
            };
        };
    };
    FirePatrol: {
        Name: "FirePatrol";
        Shape: FirePatrol;
        Include: Prisma.FirePatrolInclude;
        Select: Prisma.FirePatrolSelect;
        OrderBy: Prisma.FirePatrolOrderByWithRelationInput;
        WhereUnique: Prisma.FirePatrolWhereUniqueInput;
        Where: Prisma.FirePatrolWhereInput;
        Create: {};
        Update: {};
        RelationName: "route";
        ListRelations: never;
        Relations: {
            route: {
                Shape: FirePatrolRoute;
                Name: "FirePatrolRoute";
                Nullable: false;
            };
        };
    };
    FireResource: {
        Name: "FireResource";
        Shape: FireResource;
        Include: Prisma.FireResourceInclude;
        Select: Prisma.FireResourceSelect;
        OrderBy: Prisma.FireResourceOrderByWithRelationInput;
        WhereUnique: Prisma.FireResourceWhereUniqueInput;
        Where: Prisma.FireResourceWhereInput;
        Create: {};
        Update: {};
        RelationName: "responseActions";
        ListRelations: "responseActions";
        Relations: {
            responseActions: {
                Shape: FireResponseAction[];
                Name: "FireResponseAction";
                Nullable: false;
            };
        };
    };
    FireIncident: {
        Name: "FireIncident";
        Shape: FireIncident;
        Include: Prisma.FireIncidentInclude;
        Select: Prisma.FireIncidentSelect;
        OrderBy: Prisma.FireIncidentOrderByWithRelationInput;
        WhereUnique: Prisma.FireIncidentWhereUniqueInput;
        Where: Prisma.FireIncidentWhereInput;
        Create: {};
        Update: {};
        RelationName: "tower" | "statusHistory" | "responseActions" | "areaRevisions" | "alerts";
        ListRelations: "statusHistory" | "responseActions" | "areaRevisions" | "alerts";
        Relations: {
            tower: {
                Shape: FireLookoutTower | null;
                Name: "FireLookoutTower";
                Nullable: true;
            };
            statusHistory: {
                Shape: FireIncidentStatusChange[];
                Name: "FireIncidentStatusChange";
                Nullable: false;
            };
            responseActions: {
                Shape: FireResponseAction[];
                Name: "FireResponseAction";
                Nullable: false;
            };
            areaRevisions: {
                Shape: FireAreaRevision[];
                Name: "FireAreaRevision";
                Nullable: false;
            };
            alerts: {
                Shape: FireAlert[];
                Name: "FireAlert";
                Nullable: false;
            };
        };
    };
    FireIncidentStatusChange: {
        Name: "FireIncidentStatusChange";
        Shape: FireIncidentStatusChange;
        Include: Prisma.FireIncidentStatusChangeInclude;
        Select: Prisma.FireIncidentStatusChangeSelect;
        OrderBy: Prisma.FireIncidentStatusChangeOrderByWithRelationInput;
        WhereUnique: Prisma.FireIncidentStatusChangeWhereUniqueInput;
        Where: Prisma.FireIncidentStatusChangeWhereInput;
        Create: {};
        Update: {};
        RelationName: "incident";
        ListRelations: never;
        Relations: {
            incident: {
                Shape: FireIncident;
                Name: "FireIncident";
                Nullable: false;
            };
        };
    };
    FireResponseAction: {
        Name: "FireResponseAction";
        Shape: FireResponseAction;
        Include: Prisma.FireResponseActionInclude;
        Select: Prisma.FireResponseActionSelect;
        OrderBy: Prisma.FireResponseActionOrderByWithRelationInput;
        WhereUnique: Prisma.FireResponseActionWhereUniqueInput;
        Where: Prisma.FireResponseActionWhereInput;
        Create: {};
        Update: {};
        RelationName: "incident" | "resource";
        ListRelations: never;
        Relations: {
            incident: {
                Shape: FireIncident;
                Name: "FireIncident";
                Nullable: false;
            };
            resource: {
                Shape: FireResource | null;
                Name: "FireResource";
                Nullable: true;
            };
        };
    };
    FireAreaRevision: {
        Name: "FireAreaRevision";
        Shape: FireAreaRevision;
        Include: Prisma.FireAreaRevisionInclude;
        Select: Prisma.FireAreaRevisionSelect;
        OrderBy: Prisma.FireAreaRevisionOrderByWithRelationInput;
        WhereUnique: Prisma.FireAreaRevisionWhereUniqueInput;
        Where: Prisma.FireAreaRevisionWhereInput;
        Create: {};
        Update: {};
        RelationName: "incident";
        ListRelations: never;
        Relations: {
            incident: {
                Shape: FireIncident;
                Name: "FireIncident";
                Nullable: false;
            };
        };
    };
    FireOffice: {
        Name: "FireOffice";
        Shape: FireOffice;
        Include: Prisma.FireOfficeInclude;
        Select: Prisma.FireOfficeSelect;
        OrderBy: Prisma.FireOfficeOrderByWithRelationInput;
        WhereUnique: Prisma.FireOfficeWhereUniqueInput;
        Where: Prisma.FireOfficeWhereInput;
        Create: {};
        Update: {};
        RelationName: "officers" | "shifts";
        ListRelations: "officers" | "shifts";
        Relations: {
            officers: {
                Shape: FireDutyOfficer[];
                Name: "FireDutyOfficer";
                Nullable: false;
            };
            shifts: {
                Shape: FireDutyShift[];
                Name: "FireDutyShift";
                Nullable: false;
            };
        };
    };
    FireDutyOfficer: {
        Name: "FireDutyOfficer";
        Shape: FireDutyOfficer;
        Include: Prisma.FireDutyOfficerInclude;
        Select: Prisma.FireDutyOfficerSelect;
        OrderBy: Prisma.FireDutyOfficerOrderByWithRelationInput;
        WhereUnique: Prisma.FireDutyOfficerWhereUniqueInput;
        Where: Prisma.FireDutyOfficerWhereInput;
        Create: {};
        Update: {};
        RelationName: "office" | "ledShifts" | "staffShifts";
        ListRelations: "ledShifts" | "staffShifts";
        Relations: {
            office: {
                Shape: FireOffice;
                Name: "FireOffice";
                Nullable: false;
            };
            ledShifts: {
                Shape: FireDutyShift[];
                Name: "FireDutyShift";
                Nullable: false;
            };
            staffShifts: {
                Shape: FireDutyShift[];
                Name: "FireDutyShift";
                Nullable: false;
            };
        };
    };
    FireDutyShift: {
        Name: "FireDutyShift";
        Shape: FireDutyShift;
        Include: Prisma.FireDutyShiftInclude;
        Select: Prisma.FireDutyShiftSelect;
        OrderBy: Prisma.FireDutyShiftOrderByWithRelationInput;
        WhereUnique: Prisma.FireDutyShiftWhereUniqueInput;
        Where: Prisma.FireDutyShiftWhereInput;
        Create: {};
        Update: {};
        RelationName: "office" | "leader" | "staff";
        ListRelations: "staff";
        Relations: {
            office: {
                Shape: FireOffice;
                Name: "FireOffice";
                Nullable: false;
            };
            leader: {
                Shape: FireDutyOfficer;
                Name: "FireDutyOfficer";
                Nullable: false;
            };
            staff: {
                Shape: FireDutyOfficer[];
                Name: "FireDutyOfficer";
                Nullable: false;
            };
        };
    };
    FireAlert: {
        Name: "FireAlert";
        Shape: FireAlert;
        Include: Prisma.FireAlertInclude;
        Select: Prisma.FireAlertSelect;
        OrderBy: Prisma.FireAlertOrderByWithRelationInput;
        WhereUnique: Prisma.FireAlertWhereUniqueInput;
        Where: Prisma.FireAlertWhereInput;
        Create: {};
        Update: {};
        RelationName: "incident" | "rating";
        ListRelations: never;
        Relations: {
            incident: {
                Shape: FireIncident | null;
                Name: "FireIncident";
                Nullable: true;
            };
            rating: {
                Shape: FireDangerRating | null;
                Name: "FireDangerRating";
                Nullable: true;
            };
        };
    };
}
export function getDatamodel(): PothosPrismaDatamodel { return JSON.parse("{\"datamodel\":{\"models\":{\"FireDangerRating\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"divisionCode\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"date\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Decimal\",\"kind\":\"scalar\",\"name\":\"maxTemperature\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"minHumidity\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"windForce\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"daysSinceRain\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"weatherIndex\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"level\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"FireAlert\",\"kind\":\"object\",\"name\":\"alerts\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"FireAlertToFireDangerRating\",\"relationFromFields\":[],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[{\"name\":null,\"fields\":[\"divisionCode\",\"date\"]}]},\"FireLookoutTower\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"code\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"name\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"divisionCode\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Float\",\"kind\":\"scalar\",\"name\":\"longitude\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Float\",\"kind\":\"scalar\",\"name\":\"latitude\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Decimal\",\"kind\":\"scalar\",\"name\":\"height\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"elevation\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"builtYear\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Boolean\",\"kind\":\"scalar\",\"name\":\"hasCamera\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"FireLookoutTowerStatus\",\"kind\":\"enum\",\"name\":\"status\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"FireIncident\",\"kind\":\"object\",\"name\":\"fireIncidents\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"FireIncidentToFireLookoutTower\",\"relationFromFields\":[],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"FirePatrolRoute\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"code\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"name\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"divisionCode\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Decimal\",\"kind\":\"scalar\",\"name\":\"length\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"FirePatrol\",\"kind\":\"object\",\"name\":\"patrols\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"FirePatrolToFirePatrolRoute\",\"relationFromFields\":[],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"FirePatrol\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"routeCode\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"FirePatrolRoute\",\"kind\":\"object\",\"name\":\"route\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"FirePatrolToFirePatrolRoute\",\"relationFromFields\":[\"routeCode\"],\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"startedAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"endedAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"patrollers\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"hazardsFound\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"illegalFireUseStopped\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"notes\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"FireResource\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"code\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"name\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"FireResourceKind\",\"kind\":\"enum\",\"name\":\"kind\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"divisionCode\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Float\",\"kind\":\"scalar\",\"name\":\"longitude\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Float\",\"kind\":\"scalar\",\"name\":\"latitude\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"personnel\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"vehicles\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"fireBlowers\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"waterPumps\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"aircraft\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"FireResponseAction\",\"kind\":\"object\",\"name\":\"responseActions\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"FireResourceToFireResponseAction\",\"relationFromFields\":[],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"FireIncident\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"reportedAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"reportedBy\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"FireDetection\",\"kind\":\"enum\",\"name\":\"detection\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"towerCode\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"FireLookoutTower\",\"kind\":\"object\",\"name\":\"tower\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"FireIncidentToFireLookoutTower\",\"relationFromFields\":[\"towerCode\"],\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"place\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Float\",\"kind\":\"scalar\",\"name\":\"longitude\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Float\",\"kind\":\"scalar\",\"name\":\"latitude\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"divisionCode\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"subCompartmentId\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"FireIncidentCause\",\"kind\":\"enum\",\"name\":\"cause\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Decimal\",\"kind\":\"scalar\",\"name\":\"burnedArea\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Decimal\",\"kind\":\"scalar\",\"name\":\"affectedForestArea\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"FireIncidentStatus\",\"kind\":\"enum\",\"name\":\"status\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"statusChangedAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"FireIncidentStatusChange\",\"kind\":\"object\",\"name\":\"statusHistory\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"FireIncidentToFireIncidentStatusChange\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"FireResponseAction\",\"kind\":\"object\",\"name\":\"responseActions\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"FireIncidentToFireResponseAction\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"FireAreaRevision\",\"kind\":\"object\",\"name\":\"areaRevisions\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"FireAreaRevisionToFireIncident\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"FireAlert\",\"kind\":\"object\",\"name\":\"alerts\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"FireAlertToFireIncident\",\"relationFromFields\":[],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"FireIncidentStatusChange\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"incidentId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"FireIncident\",\"kind\":\"object\",\"name\":\"incident\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"FireIncidentToFireIncidentStatusChange\",\"relationFromFields\":[\"incidentId\"],\"isUpdatedAt\":false},{\"type\":\"FireIncidentStatus\",\"kind\":\"enum\",\"name\":\"fromStatus\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"FireIncidentStatus\",\"kind\":\"enum\",\"name\":\"toStatus\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"changedAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"changedBy\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"note\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"FireResponseAction\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"incidentId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"FireIncident\",\"kind\":\"object\",\"name\":\"incident\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"FireIncidentToFireResponseAction\",\"relationFromFields\":[\"incidentId\"],\"isUpdatedAt\":false},{\"type\":\"FireResponseActionKind\",\"kind\":\"enum\",\"name\":\"kind\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"resourceCode\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"FireResource\",\"kind\":\"object\",\"name\":\"resource\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"FireResourceToFireResponseAction\",\"relationFromFields\":[\"resourceCode\"],\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"personnel\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"orderedAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"orderedBy\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"arrivedAt\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"description\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"FireAreaRevision\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"incidentId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"FireIncident\",\"kind\":\"object\",\"name\":\"incident\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"FireAreaRevisionToFireIncident\",\"relationFromFields\":[\"incidentId\"],\"isUpdatedAt\":false},{\"type\":\"Decimal\",\"kind\":\"scalar\",\"name\":\"previousBurnedArea\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Decimal\",\"kind\":\"scalar\",\"name\":\"previousAffectedForestArea\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Decimal\",\"kind\":\"scalar\",\"name\":\"burnedArea\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Decimal\",\"kind\":\"scalar\",\"name\":\"affectedForestArea\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"reason\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"revisedAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"revisedBy\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"FireOffice\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"code\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"name\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"divisionCode\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":true,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"FireDutyOfficer\",\"kind\":\"object\",\"name\":\"officers\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"FireDutyOfficerToFireOffice\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"FireDutyShift\",\"kind\":\"object\",\"name\":\"shifts\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"FireDutyShiftToFireOffice\",\"relationFromFields\":[],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"FireDutyOfficer\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"name\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"title\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"FireDutyRole\",\"kind\":\"enum\",\"name\":\"role\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"officeCode\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"FireOffice\",\"kind\":\"object\",\"name\":\"office\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"FireDutyOfficerToFireOffice\",\"relationFromFields\":[\"officeCode\"],\"isUpdatedAt\":false},{\"type\":\"FireDutyShift\",\"kind\":\"object\",\"name\":\"ledShifts\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"FireDutyShiftLeader\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"FireDutyShift\",\"kind\":\"object\",\"name\":\"staffShifts\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"FireDutyShiftStaff\",\"relationFromFields\":[],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"FireDutyShift\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"officeCode\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"FireOffice\",\"kind\":\"object\",\"name\":\"office\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"FireDutyShiftToFireOffice\",\"relationFromFields\":[\"officeCode\"],\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"startsAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"endsAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"leaderId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"FireDutyOfficer\",\"kind\":\"object\",\"name\":\"leader\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"FireDutyShiftLeader\",\"relationFromFields\":[\"leaderId\"],\"isUpdatedAt\":false},{\"type\":\"FireDutyOfficer\",\"kind\":\"object\",\"name\":\"staff\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"FireDutyShiftStaff\",\"relationFromFields\":[],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"FireAlert\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"divisionCode\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"FireAlertKind\",\"kind\":\"enum\",\"name\":\"kind\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"FireAlertLevel\",\"kind\":\"enum\",\"name\":\"level\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"message\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"incidentId\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"FireIncident\",\"kind\":\"object\",\"name\":\"incident\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"FireAlertToFireIncident\",\"relationFromFields\":[\"incidentId\"],\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"ratingId\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"FireDangerRating\",\"kind\":\"object\",\"name\":\"rating\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"FireAlertToFireDangerRating\",\"relationFromFields\":[\"ratingId\"],\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"raisedAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"raisedBy\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"acknowledgedAt\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"acknowledgedBy\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]}}}}"); }