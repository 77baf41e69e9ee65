// Generated from openapi.json by `npm run gen:api` (make openapi). Do not edit by hand.

export interface paths {
    "/api/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an account (and sign in)
         * @description Creates the account with a default question bank and templates, and starts a browser
         *     session (cookie). API clients then create a personal token under `/me/tokens`.
         */
        post: operations["register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in (browser session cookie)
         * @description Sets an HttpOnly session cookie. Wrong password and unknown e-mail answer alike (401);
         *     too many failures for one account or address answer 429 with `Retry-After`.
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out
         * @description Ends the browser session (or revokes the bearer token used to call it) and clears the
         *     cookies. Calling it when already signed out is harmless.
         */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a bearer token (OAuth2 password)
         * @description The OAuth2 password flow, as used by the interactive docs' **Authorize** button.
         *     Ask for `scope=read` to get a read-only token; the default is `read write`.
         */
        post: operations["issue_oauth_token"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your profile and settings */
        get: operations["get_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change your profile or settings
         * @description A partial update: only the fields you send change (also inside `settings`).
         */
        patch: operations["update_me"];
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change your password
         * @description Signs out every other browser session and password-grant token; personal tokens stay.
         */
        post: operations["change_password"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your personal tokens
         * @description All of them in one page (at most 50 exist), newest first. Secrets are never shown again.
         */
        get: operations["list_tokens"];
        put?: never;
        /**
         * Create a personal token
         * @description The answer holds the secret `token` — the only time it is ever shown.
         */
        post: operations["create_token"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/tokens/{token_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One personal token */
        get: operations["get_token"];
        put?: never;
        post?: never;
        /**
         * Revoke a personal token
         * @description Takes effect at once: the next request with this token answers 401.
         */
        delete: operations["revoke_token"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List and search contacts */
        get: operations["list_contacts"];
        put?: never;
        /** Add a contact */
        post: operations["create_contact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/{contact_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One contact */
        get: operations["get_contact"];
        put?: never;
        post?: never;
        /**
         * Delete a contact
         * @description Also deletes the contact's touches, interviews, reminders and the referrals they gave or
         *     received. People they referred are kept.
         */
        delete: operations["delete_contact"];
        options?: never;
        head?: never;
        /**
         * Change a contact
         * @description A partial update. Send `If-Match` with the ETag you read to refuse (412) overwriting a
         *     change made elsewhere in the meantime.
         */
        patch: operations["update_contact"];
        trace?: never;
    };
    "/api/v1/contacts/{contact_id}/interactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A contact's touches, newest first */
        get: operations["list_interactions"];
        put?: never;
        /**
         * Log a touch
         * @description Updates the contact's `last_contacted_at` and `next_touch_due` (and its keep-in-touch
         *     reminder). An e-mail, call, message or LinkedIn touch moves an `identified` contact to
         *     `reached_out`.
         */
        post: operations["create_interaction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interactions/{interaction_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One touch */
        get: operations["get_interaction"];
        put?: never;
        post?: never;
        /** Delete a touch */
        delete: operations["delete_interaction"];
        options?: never;
        head?: never;
        /** Change a touch */
        patch: operations["update_interaction"];
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The process is alive
         * @description Answers without touching the database, so it stays 200 while the database is down.
         */
        get: operations["health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The database is reachable */
        get: operations["ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** Body_issue_oauth_token */
        Body_issue_oauth_token: {
            /** Grant Type */
            grant_type?: string | null;
            /** Username */
            username: string;
            /**
             * Password
             * Format: password
             */
            password: string;
            /**
             * Scope
             * @default
             */
            scope?: string;
            /** Client Id */
            client_id?: string | null;
            /**
             * Client Secret
             * Format: password
             */
            client_secret?: string | null;
        };
        /**
         * Connection
         * @enum {string}
         */
        Connection: "alum" | "former_supervisor" | "colleague" | "scholarly_society" | "friend" | "referral" | "cold" | "other";
        /** ContactCreate */
        ContactCreate: {
            /**
             * Email
             * @example sam@example.org
             */
            email?: string | null;
            /**
             * Phone
             * @example +1 555 0100
             */
            phone?: string | null;
            /** Linkedin Url */
            linkedin_url?: string | null;
            /**
             * Organization
             * @example Genentech
             */
            organization?: string | null;
            /**
             * Title
             * @example Senior Scientist
             */
            title?: string | null;
            /**
             * Location
             * @example South San Francisco, CA
             */
            location?: string | null;
            /**
             * @description How you are connected.
             * @default other
             */
            connection?: components["schemas"]["Connection"];
            /**
             * Connection Note
             * @description How you know them, in words that can go into an outreach e-mail.
             * @default
             * @example We were both in the Rivera lab; you supervised my 2021 summer project.
             */
            connection_note?: string;
            /**
             * Tags
             * @description Up to 30 tags of up to 40 characters; stored lower-case, without duplicates.
             * @default []
             * @example [
             *       "biotech",
             *       "phd-alum"
             *     ]
             */
            tags?: string[];
            /**
             * @description Where this person is in your workflow. Scheduling and completing interviews move it forward automatically; a stage you set yourself always wins.
             * @default identified
             */
            stage?: components["schemas"]["Stage"];
            /**
             * Notes
             * @default
             */
            notes?: string;
            /**
             * Research Notes
             * @description What you learned about them and their organization.
             * @default
             */
            research_notes?: string;
            /**
             * Full Name
             * @example Sam Rivera
             */
            full_name: string;
            /**
             * Keep In Touch Days
             * @description Omit to use your default cadence (settings); null for none.
             */
            keep_in_touch_days?: number | null;
        };
        /** ContactRead */
        ContactRead: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Full Name */
            full_name: string;
            /** Email */
            email: string | null;
            /** Phone */
            phone: string | null;
            /** Linkedin Url */
            linkedin_url: string | null;
            /** Organization */
            organization: string | null;
            /** Title */
            title: string | null;
            /** Location */
            location: string | null;
            connection: components["schemas"]["Connection"];
            /** Connection Note */
            connection_note: string;
            /** Tags */
            tags: string[];
            stage: components["schemas"]["Stage"];
            /** Notes */
            notes: string;
            /** Research Notes */
            research_notes: string;
            /** Keep In Touch Days */
            keep_in_touch_days: number | null;
            /**
             * Last Contacted At
             * @description Latest logged touch or completed interview (read-only).
             */
            last_contacted_at: string | null;
            /**
             * Next Touch Due
             * @description When the next touch is due: (last contact, or creation) + cadence (read-only; null without a cadence).
             */
            next_touch_due: string | null;
            /**
             * Referred By Contact Id
             * @description Who first referred this person to you (read-only; set by referrals).
             */
            referred_by_contact_id: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /**
         * ContactSort
         * @enum {string}
         */
        ContactSort: "name" | "updated" | "created" | "last_contacted" | "next_touch_due";
        /**
         * ContactUpdate
         * @description A partial update: send only what changes. Null clears an optional field.
         */
        ContactUpdate: {
            /** Full Name */
            full_name?: string | null;
            /** Email */
            email?: string | null;
            /** Phone */
            phone?: string | null;
            /** Linkedin Url */
            linkedin_url?: string | null;
            /** Organization */
            organization?: string | null;
            /** Title */
            title?: string | null;
            /** Location */
            location?: string | null;
            connection?: components["schemas"]["Connection"] | null;
            /** Connection Note */
            connection_note?: string | null;
            /** Tags */
            tags?: string[] | null;
            stage?: components["schemas"]["Stage"] | null;
            /** Notes */
            notes?: string | null;
            /** Research Notes */
            research_notes?: string | null;
            /** Keep In Touch Days */
            keep_in_touch_days?: number | null;
        };
        /** HealthStatus */
        HealthStatus: {
            /** Status */
            status: string;
        };
        /** InteractionCreate */
        InteractionCreate: {
            /** @example email */
            kind: components["schemas"]["InteractionKind"];
            /** Occurred At */
            occurred_at?: string | null;
            /**
             * Summary
             * @default
             * @example Sent a thank-you note and the article on CRISPR screens.
             */
            summary?: string;
            /** Url */
            url?: string | null;
        };
        /**
         * InteractionKind
         * @enum {string}
         */
        InteractionKind: "email" | "call" | "meeting" | "message" | "linkedin" | "article_shared" | "update" | "event" | "note";
        /** InteractionRead */
        InteractionRead: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Contact Id
             * Format: uuid
             */
            contact_id: string;
            kind: components["schemas"]["InteractionKind"];
            /**
             * Occurred At
             * Format: date-time
             */
            occurred_at: string;
            /** Summary */
            summary: string;
            /** Url */
            url: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /** InteractionUpdate */
        InteractionUpdate: {
            kind?: components["schemas"]["InteractionKind"] | null;
            /** Occurred At */
            occurred_at?: string | null;
            /** Summary */
            summary?: string | null;
            /** Url */
            url?: string | null;
        };
        /** LoginRequest */
        LoginRequest: {
            /**
             * Email
             * @example ada@university.edu
             */
            email: string;
            /** Password */
            password: string;
        };
        /** MeRead */
        MeRead: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Email
             * @example ada@university.edu
             */
            email: string;
            /**
             * Name
             * @example Ada Student
             */
            name: string;
            /**
             * Timezone
             * @example America/Chicago
             */
            timezone: string;
            /**
             * Pitch
             * @description The default elevator pitch used in new interviews and emails.
             */
            pitch: string;
            settings: components["schemas"]["UserSettings"];
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
        };
        /** MeUpdate */
        MeUpdate: {
            /** Name */
            name?: string | null;
            /** Timezone */
            timezone?: string | null;
            /** Pitch */
            pitch?: string | null;
            settings?: components["schemas"]["UserSettingsUpdate"] | null;
        };
        /** OAuthToken */
        OAuthToken: {
            /** Access Token */
            access_token: string;
            /**
             * Token Type
             * @example bearer
             */
            token_type: string;
            /**
             * Expires In
             * @description Seconds until the token expires.
             */
            expires_in: number;
            /**
             * Scope
             * @example read write
             */
            scope: string;
        };
        /** Page[ContactRead] */
        Page_ContactRead_: {
            /** Items */
            items: components["schemas"]["ContactRead"][];
            /**
             * Next Cursor
             * @description Pass as `cursor` to get the next page; null on the last page.
             */
            next_cursor: string | null;
        };
        /** Page[InteractionRead] */
        Page_InteractionRead_: {
            /** Items */
            items: components["schemas"]["InteractionRead"][];
            /**
             * Next Cursor
             * @description Pass as `cursor` to get the next page; null on the last page.
             */
            next_cursor: string | null;
        };
        /** Page[TokenRead] */
        Page_TokenRead_: {
            /** Items */
            items: components["schemas"]["TokenRead"][];
            /**
             * Next Cursor
             * @description Pass as `cursor` to get the next page; null on the last page.
             */
            next_cursor: string | null;
        };
        /** PasswordChange */
        PasswordChange: {
            /** Current Password */
            current_password: string;
            /**
             * New Password
             * @description 8–128 characters.
             */
            new_password: string;
        };
        /** RegisterRequest */
        RegisterRequest: {
            /**
             * Email
             * Format: email
             * @example ada@university.edu
             */
            email: string;
            /**
             * Password
             * @description 8–128 characters.
             */
            password: string;
            /**
             * Name
             * @example Ada Student
             */
            name: string;
            /**
             * Timezone
             * @description An IANA time zone name.
             * @default UTC
             * @example America/New_York
             */
            timezone?: string;
            /**
             * Pitch
             * @default
             */
            pitch?: string;
        };
        /**
         * Scope
         * @enum {string}
         */
        Scope: "read" | "write";
        /** SessionRead */
        SessionRead: {
            user: components["schemas"]["MeRead"];
            /**
             * Csrf Token
             * @description Send back as the `X-CSRF-Token` header on every state-changing request made with the session cookie (also readable from the `rapport_csrf` cookie).
             */
            csrf_token: string;
            /**
             * Expires At
             * Format: date-time
             */
            expires_at: string;
        };
        /**
         * Stage
         * @enum {string}
         */
        Stage: "identified" | "reached_out" | "scheduled" | "interviewed" | "keep_in_touch" | "closed";
        /** TokenCreate */
        TokenCreate: {
            /**
             * Name
             * @example iPhone shortcut
             */
            name: string;
            /**
             * Scopes
             * @description `["read"]` for a read-only token, `["read", "write"]` to make changes.
             * @default [
             *       "read",
             *       "write"
             *     ]
             */
            scopes?: components["schemas"]["Scope"][];
            /**
             * Expires At
             * @description When the token stops working; null for never.
             */
            expires_at?: string | null;
        };
        /** TokenCreated */
        TokenCreated: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Name */
            name: string | null;
            /** Scopes */
            scopes: components["schemas"]["Scope"][];
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Expires At */
            expires_at: string | null;
            /** Last Used At */
            last_used_at: string | null;
            /**
             * Token
             * @description The secret, shown only in this answer. Send it as `Authorization: Bearer …`.
             */
            token: string;
        };
        /** TokenRead */
        TokenRead: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Name */
            name: string | null;
            /** Scopes */
            scopes: components["schemas"]["Scope"][];
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Expires At */
            expires_at: string | null;
            /** Last Used At */
            last_used_at: string | null;
        };
        /** UserSettings */
        UserSettings: {
            /**
             * Default Keep In Touch Days
             * @description Cadence given to new contacts (days between touches); null for none.
             * @example 90
             */
            default_keep_in_touch_days: number | null;
            /**
             * Thank You Within Hours
             * @description The thank-you reminder is due this long after an interview is completed.
             * @example 24
             */
            thank_you_within_hours: number;
            /**
             * Follow Up After Days
             * @description The follow-up reminder is due this long after an interview is completed.
             * @example 14
             */
            follow_up_after_days: number;
            /**
             * Email Reminders
             * @description Send a daily digest e-mail of what is due.
             */
            email_reminders: boolean;
            /**
             * Digest Hour
             * @description Local hour (0–23, in `timezone`) at which the digest is sent.
             * @example 8
             */
            digest_hour: number;
        };
        /** UserSettingsUpdate */
        UserSettingsUpdate: {
            /** Default Keep In Touch Days */
            default_keep_in_touch_days?: number | null;
            /** Thank You Within Hours */
            thank_you_within_hours?: number | null;
            /** Follow Up After Days */
            follow_up_after_days?: number | null;
            /** Email Reminders */
            email_reminders?: boolean | null;
            /** Digest Hour */
            digest_hour?: number | null;
        };
        /** FieldError */
        FieldError: {
            /**
             * Field
             * @description Dotted path of the failing input, e.g. `full_name` or `query.limit`.
             */
            field: string;
            /** Message */
            message: string;
        };
        /**
         * ProblemDetails
         * @description An RFC 9457 problem. `type` identifies the kind of problem; `detail` explains this one.
         */
        ProblemDetails: {
            /**
             * Type
             * @example urn:rapport:problem:not-found
             */
            type: string;
            /**
             * Title
             * @example Not found
             */
            title: string;
            /**
             * Status
             * @example 404
             */
            status: number;
            /**
             * Detail
             * @example No contact with this id.
             */
            detail: string;
            /**
             * Errors
             * @description Present on validation problems: one entry per failing field.
             * @default null
             */
            errors?: components["schemas"]["FieldError"][] | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    /** @description The new object's URL. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionRead"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionRead"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    issue_oauth_token: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["Body_issue_oauth_token"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthToken"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    get_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeRead"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    update_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeRead"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The credential may not do this (read-only token, or a cross-site request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    change_password: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordChange"];
            };
        };
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The credential may not do this (read-only token, or a cross-site request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    list_tokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_TokenRead_"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    create_token: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body replays the first answer; the same key with another body answers 422. Kept 24 hours. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    /** @description The new object's URL. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenCreated"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The credential may not do this (read-only token, or a cross-site request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    get_token: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenRead"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object among yours (another user's object answers the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    revoke_token: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you read; the change is refused (412) if it is stale. */
                "If-Match"?: string;
            };
            path: {
                token_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The credential may not do this (read-only token, or a cross-site request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object among yours (another user's object answers the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `If-Match` did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    list_contacts: {
        parameters: {
            query?: {
                /** @description Case-insensitive substring of name, organization, title, e-mail or notes. */
                q?: string | null;
                stage?: components["schemas"]["Stage"] | null;
                tag?: string | null;
                connection?: components["schemas"]["Connection"] | null;
                /** @description Exact, case-insensitive. */
                organization?: string | null;
                /** @description true: only contacts overdue for a touch; false: only those not due. */
                due?: boolean | null;
                /** @description `name` (A–Z), `updated` / `created` (newest first), `last_contacted` (most recent first, never-contacted last), `next_touch_due` (soonest first). */
                sort?: components["schemas"]["ContactSort"];
                /** @description Page size, 1–200. */
                limit?: number;
                /** @description `next_cursor` from the previous page. */
                cursor?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_ContactRead_"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    create_contact: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body replays the first answer; the same key with another body answers 422. Kept 24 hours. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    /** @description The new object's URL. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactRead"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The credential may not do this (read-only token, or a cross-site request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    get_contact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contact_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactRead"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object among yours (another user's object answers the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    delete_contact: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you read; the change is refused (412) if it is stale. */
                "If-Match"?: string;
            };
            path: {
                contact_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The credential may not do this (read-only token, or a cross-site request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object among yours (another user's object answers the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `If-Match` did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    update_contact: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you read; the change is refused (412) if it is stale. */
                "If-Match"?: string;
            };
            path: {
                contact_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactRead"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The credential may not do this (read-only token, or a cross-site request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object among yours (another user's object answers the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `If-Match` did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    list_interactions: {
        parameters: {
            query?: {
                /** @description Page size, 1–200. */
                limit?: number;
                /** @description `next_cursor` from the previous page. */
                cursor?: string | null;
            };
            header?: never;
            path: {
                contact_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_InteractionRead_"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object among yours (another user's object answers the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    create_interaction: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body replays the first answer; the same key with another body answers 422. Kept 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                contact_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InteractionCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    /** @description The new object's URL. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InteractionRead"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The credential may not do this (read-only token, or a cross-site request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object among yours (another user's object answers the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    get_interaction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                interaction_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InteractionRead"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object among yours (another user's object answers the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    delete_interaction: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you read; the change is refused (412) if it is stale. */
                "If-Match"?: string;
            };
            path: {
                interaction_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The credential may not do this (read-only token, or a cross-site request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object among yours (another user's object answers the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `If-Match` did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    update_interaction: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you read; the change is refused (412) if it is stale. */
                "If-Match"?: string;
            };
            path: {
                interaction_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InteractionUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InteractionRead"];
                };
            };
            /** @description Missing, unknown, revoked or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The credential may not do this (read-only token, or a cross-site request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such object among yours (another user's object answers the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `If-Match` did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The input is invalid; `errors` lists each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database is unavailable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthStatus"];
                };
            };
        };
    };
    ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthStatus"];
                };
            };
            /** @description The database cannot be reached. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
}
