/**
 * GENERATED FILE — DO NOT EDIT.
 * openapi-typescript output for spec/conversations-v1.yaml. Regenerate with `npm run generate`;
 * a unit test fails when this file differs from a fresh generation.
 */

export type paths = {
    "/v1/Conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the conversations of the account's default Conversation Service.
         * @description Derived from 004:L16905 and the default-form list example at 004:L35007-35168 (`key: conversations`). The filters are documented only for the service-scoped list; see D-CONV-9.
         */
        get: operations["listConversation"];
        put?: never;
        /**
         * Create a conversation in the account's default Conversation Service.
         * @description Derived from 004:L16550 (service-scoped create) and the default-form curl at 004:L31033. See D-CONV-1.
         */
        post: operations["createConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Conversations/{ConversationSid}/Participants": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID (CH…) of the conversation the participants belong to. */
                ConversationSid: components["parameters"]["ConversationSid"];
            };
            cookie?: never;
        };
        /**
         * List the participants of a conversation of the default Conversation Service.
         * @description 004:L6698-6723; response example 004:L6783-6912.
         */
        get: operations["listConversationParticipant"];
        put?: never;
        /**
         * Add a participant to a conversation of the default Conversation Service.
         * @description 004:L6169-6234. An SMS participant needs `MessagingBinding.Address` + `MessagingBinding.ProxyAddress`; a chat participant needs `Identity` (004:L6172-6175); Group MMS variants at 004:L26850-26853 (D-PART-7).
         */
        post: operations["createConversationParticipant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Conversations/{ConversationSid}/Participants/{Sid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID (CH…) of the conversation the participants belong to. */
                ConversationSid: components["parameters"]["ConversationSid"];
            };
            cookie?: never;
        };
        /**
         * Fetch a participant of a conversation of the default Conversation Service by SID or identity.
         * @description 004:L6455-6467, L6582.
         */
        get: operations["fetchConversationParticipant"];
        put?: never;
        /**
         * Update a participant of a conversation of the default Conversation Service.
         * @description 004:L6917-6986.
         */
        post: operations["updateConversationParticipant"];
        /**
         * Remove a participant from a conversation of the default Conversation Service.
         * @description 004:L7216-7236. Frees the participant's number pair (004:L28729-28730).
         */
        delete: operations["deleteConversationParticipant"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Conversations/{Sid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The conversation SID (CH…) or its `unique_name`. */
                Sid: components["parameters"]["ConversationSidOrUniqueName"];
            };
            cookie?: never;
        };
        /**
         * Fetch a conversation of the default Conversation Service by SID or unique name.
         * @description Derived from 004:L16758 and the default-form fetch example at 004:L417. See D-CONV-1.
         */
        get: operations["fetchConversation"];
        put?: never;
        /**
         * Update a conversation of the default Conversation Service.
         * @description Derived from 004:L17118 and the default-form update examples at 004:L25762-25821, L25956-25974. A conversation in the `initializing` state cannot be updated (004:L7442); see D-CONV-11.
         */
        post: operations["updateConversation"];
        /**
         * Delete a conversation of the default Conversation Service with its messages, media and participants.
         * @description Derived from 004:L17334 and the default-form deletes at 004:L25017, L27679. Deleting a conversation deletes all its messages, attached media and participants (004:L33787) and frees its number pairs (004:L28729-28732).
         */
        delete: operations["deleteConversation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ConversationWithParticipants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a conversation with up to 10 participants in the account's default Conversation Service.
         * @description 001:L143-251; 002; 004:L7439-7519. Response 201 or 202 with the same body (D-CWP-1).
         */
        post: operations["createConversationWithParticipants"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Services/{ChatServiceSid}/Conversations": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
            };
            cookie?: never;
        };
        /**
         * List the conversations of a Conversation Service.
         * @description 004:L16904-16947; response example 004:L17007-17115.
         */
        get: operations["listServiceConversation"];
        put?: never;
        /**
         * Create a conversation in a Conversation Service.
         * @description 004:L16549-16626
         */
        post: operations["createServiceConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Participants": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /** @description The SID (CH…) of the conversation the participants belong to. */
                ConversationSid: components["parameters"]["ConversationSid"];
            };
            cookie?: never;
        };
        /**
         * List the participants of a conversation of a Conversation Service.
         * @description 004:L18017-18048; response example 004:L18111-18246.
         */
        get: operations["listServiceConversationParticipant"];
        put?: never;
        /**
         * Add a participant to a conversation of a Conversation Service.
         * @description 004:L17571-17637; 003:L1-143.
         */
        post: operations["createServiceConversationParticipant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Participants/{Sid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /** @description The SID (CH…) of the conversation the participants belong to. */
                ConversationSid: components["parameters"]["ConversationSid"];
            };
            cookie?: never;
        };
        /**
         * Fetch a participant of a conversation of a Conversation Service by SID or identity.
         * @description 004:L17756-17774, L17895.
         */
        get: operations["fetchServiceConversationParticipant"];
        put?: never;
        /**
         * Update a participant of a conversation of a Conversation Service.
         * @description 004:L18251-18326.
         */
        post: operations["updateServiceConversationParticipant"];
        /**
         * Remove a participant from a conversation of a Conversation Service.
         * @description 004:L18448-18475.
         */
        delete: operations["deleteServiceConversationParticipant"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Services/{ChatServiceSid}/Conversations/{Sid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /** @description The conversation SID (CH…) or its `unique_name`. */
                Sid: components["parameters"]["ConversationSidOrUniqueName"];
            };
            cookie?: never;
        };
        /**
         * Fetch a conversation of a Conversation Service by SID or unique name.
         * @description 004:L16757-16770; response example 004:L16833.
         */
        get: operations["fetchServiceConversation"];
        put?: never;
        /**
         * Update a conversation of a Conversation Service.
         * @description 004:L17117-17199; response example 004:L17262. A conversation in the `initializing` state cannot be updated (004:L18689); see D-CONV-11.
         */
        post: operations["updateServiceConversation"];
        /**
         * Delete a conversation of a Conversation Service with its messages, media and participants.
         * @description 004:L17333-17354; cascade 004:L33787.
         */
        delete: operations["deleteServiceConversation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Services/{ChatServiceSid}/ConversationWithParticipants": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a conversation with up to 10 participants in a Conversation Service.
         * @description 000:L27-53; 004:L18686-18691. Response 201 or 202 with the same body (D-CWP-1).
         */
        post: operations["createServiceConversationWithParticipants"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        /** @description Account SID (AC). 004:L4546 */
        AccountSid: string;
        /** @description A JSON document, serialized as a string. */
        Attributes: string;
        /** @description A conversation (default-service and service-scoped forms). */
        Conversation: {
            account_sid: components["schemas"]["AccountSid"];
            attributes: components["schemas"]["Attributes"];
            bindings: components["schemas"]["ConversationBindings"];
            chat_service_sid: components["schemas"]["ServiceSid"];
            /** Format: date-time */
            date_created: string;
            /** Format: date-time */
            date_updated: string;
            friendly_name: string | null;
            links: components["schemas"]["ConversationLinks"];
            messaging_service_sid: string | null;
            sid: components["schemas"]["ConversationSid"];
            state: components["schemas"]["ConversationState"];
            timers: components["schemas"]["ConversationTimers"];
            unique_name: string | null;
            /** Format: uri */
            url: string;
        };
        /** @description Channel bindings of the conversation (null or {} when none). */
        ConversationBindings: {
            email?: {
                address?: string | null;
                name?: string | null;
            };
        } | null;
        ConversationLinks: {
            /** Format: uri */
            export?: string;
            /** Format: uri */
            messages: string;
            /** Format: uri */
            participants: string;
            /** Format: uri */
            webhooks: string;
        };
        ConversationListResponse: {
            conversations: components["schemas"]["Conversation"][];
            meta: components["schemas"]["PageMeta"];
        };
        /** @description Conversation SID (CH). 004:L16496 */
        ConversationSid: string;
        /**
         * @description Current state of the conversation.
         * @enum {string}
         */
        ConversationState: "initializing" | "inactive" | "active" | "closed";
        /**
         * @description A conversation state a client may set or filter on.
         * @enum {string}
         */
        ConversationStateParam: "inactive" | "active" | "closed";
        /** @description When the conversation will become inactive / closed. Empty when no timer is set. */
        ConversationTimers: {
            /** Format: date-time */
            date_closed?: string | null;
            /** Format: date-time */
            date_inactive?: string | null;
        };
        CreateConversationRequest: {
            Attributes?: components["schemas"]["Attributes"];
            /** @description The default email address used when sending outbound emails in this conversation. */
            "Bindings.Email.Address"?: string;
            /** @description The default name used when sending outbound emails in this conversation. */
            "Bindings.Email.Name"?: string;
            /**
             * Format: date-time
             * @description The date that this resource was created.
             */
            DateCreated?: string;
            /**
             * Format: date-time
             * @description The date that this resource was last updated.
             */
            DateUpdated?: string;
            FriendlyName?: components["schemas"]["FriendlyName"];
            MessagingServiceSid?: components["schemas"]["MessagingServiceSid"];
            State?: components["schemas"]["ConversationStateParam"];
            "Timers.Closed"?: components["schemas"]["Iso8601Duration"];
            "Timers.Inactive"?: components["schemas"]["Iso8601Duration"];
            UniqueName?: components["schemas"]["UniqueName"];
        };
        CreateConversationWithParticipantsRequest: {
            Attributes?: components["schemas"]["Attributes"];
            /** @description The default email address used when sending outbound emails in this conversation. */
            "Bindings.Email.Address"?: string;
            /** @description The default name used when sending outbound emails in this conversation. */
            "Bindings.Email.Name"?: string;
            /**
             * Format: date-time
             * @description The date that this resource was created.
             */
            DateCreated?: string;
            /**
             * Format: date-time
             * @description The date that this resource was last updated.
             */
            DateUpdated?: string;
            FriendlyName?: components["schemas"]["FriendlyName"];
            MessagingServiceSid?: components["schemas"]["MessagingServiceSid"];
            /** @description The participants to add, one JSON object per value (the parameter is repeated). At most 10 per request. */
            Participant?: string[];
            State?: components["schemas"]["ConversationStateParam"];
            "Timers.Closed"?: components["schemas"]["Iso8601Duration"];
            "Timers.Inactive"?: components["schemas"]["Iso8601Duration"];
            UniqueName?: components["schemas"]["UniqueName"];
        };
        CreateParticipantRequest: {
            Attributes?: components["schemas"]["Attributes"];
            /**
             * Format: date-time
             * @description The date that this resource was created.
             */
            DateCreated?: string;
            /**
             * Format: date-time
             * @description The date that this resource was last updated.
             */
            DateUpdated?: string;
            Identity?: components["schemas"]["Identity"];
            /** @description The participant's device address, e.g. a phone or WhatsApp number. Together with the proxy address it identifies the participant. */
            "MessagingBinding.Address"?: string;
            /** @description The Twilio phone number used in Group MMS; the communication mask of a participant with Identity. */
            "MessagingBinding.ProjectedAddress"?: string;
            /** @description The Twilio phone number (or WhatsApp sender) the participant is in contact with. */
            "MessagingBinding.ProxyAddress"?: string;
            RoleSid?: components["schemas"]["RoleSid"];
        };
        /** @description The human-readable name of this conversation, limited to 256 characters. */
        FriendlyName: string;
        /** @description The participant's Conversations User identity; non-null if and only if the participant uses the Conversations SDK. */
        Identity: string;
        /** @description ISO 8601 duration with day-or-smaller units (PT0S disables a timer). 004:L25906, L25919 */
        Iso8601Duration: string;
        /** @description How the participant exchanges messages (null for chat-only participants). */
        MessagingBinding: {
            address?: string | null;
            level?: string | null;
            name?: string | null;
            projected_address?: string | null;
            proxy_address?: string | null;
            /**
             * @description The channel, e.g. `sms` or `whatsapp` (no enum is documented).
             * @example sms
             * @example whatsapp
             */
            type?: string;
        } | null;
        /** @description Messaging Service SID (MG). 004:L16490 */
        MessagingServiceSid: string;
        PageMeta: {
            /** Format: uri */
            first_page_url: string;
            key: string;
            /** Format: uri */
            next_page_url: string | null;
            page: number;
            page_size: number;
            /** Format: uri */
            previous_page_url: string | null;
            /** Format: uri */
            url: string;
        };
        /** @description A conversation participant (default-service form). */
        Participant: {
            account_sid: components["schemas"]["AccountSid"];
            attributes: components["schemas"]["Attributes"];
            conversation_sid: components["schemas"]["ConversationSid"];
            /** Format: date-time */
            date_created: string;
            /** Format: date-time */
            date_updated: string;
            identity: string | null;
            last_read_message_index: number | null;
            last_read_timestamp: string | null;
            messaging_binding: components["schemas"]["MessagingBinding"];
            role_sid: string | null;
            sid: components["schemas"]["ParticipantSid"];
            /** Format: uri */
            url: string;
        };
        /** @description A chat participant `{"identity": "..."}`, an SMS/WhatsApp participant `{"messaging_binding": {"address": "...", "proxy_address": "..."}}`, or a Group MMS participant with `messaging_binding.address` only or `messaging_binding.projected_address`. */
        ParticipantJson: components["schemas"]["ParticipantJsonIdentity"] | components["schemas"]["ParticipantJsonMessagingBinding"];
        ParticipantJsonIdentity: {
            identity: string;
        };
        ParticipantJsonMessagingBinding: {
            messaging_binding: {
                address?: string;
                projected_address?: string;
                proxy_address?: string;
            };
        };
        ParticipantListResponse: {
            meta: components["schemas"]["PageMeta"];
            participants: components["schemas"]["Participant"][];
        };
        /** @description Participant SID (MB). 004:L6121 */
        ParticipantSid: string;
        /** @description Role SID (RL). 004:L8741 */
        RoleSid: string;
        /** @description A conversation participant (service-scoped form). */
        ServiceParticipant: components["schemas"]["Participant"] & {
            chat_service_sid: components["schemas"]["ServiceSid"];
        };
        ServiceParticipantListResponse: {
            meta: components["schemas"]["PageMeta"];
            participants: components["schemas"]["ServiceParticipant"][];
        };
        /** @description Conversation Service SID (IS). 004:L15895 */
        ServiceSid: string;
        /** @description Twilio REST error body. */
        TwilioError: {
            /** @description Twilio error code (for example 20404). */
            code: number;
            /** @description Optional extra details; helper libraries read it when present. */
            details?: Record<string, never>;
            message: string;
            /** Format: uri */
            more_info: string;
            status: number;
        };
        /** @description An application-defined string that uniquely identifies the conversation; it can be used in place of the SID in the URL. */
        UniqueName: string;
        UpdateConversationRequest: {
            Attributes?: components["schemas"]["Attributes"];
            /** @description The default email address used when sending outbound emails in this conversation. */
            "Bindings.Email.Address"?: string;
            /** @description The default name used when sending outbound emails in this conversation. */
            "Bindings.Email.Name"?: string;
            /**
             * Format: date-time
             * @description The date that this resource was created.
             */
            DateCreated?: string;
            /**
             * Format: date-time
             * @description The date that this resource was last updated.
             */
            DateUpdated?: string;
            FriendlyName?: components["schemas"]["FriendlyName"];
            MessagingServiceSid?: components["schemas"]["MessagingServiceSid"];
            State?: components["schemas"]["ConversationStateParam"];
            "Timers.Closed"?: components["schemas"]["Iso8601Duration"];
            "Timers.Inactive"?: components["schemas"]["Iso8601Duration"];
            UniqueName?: components["schemas"]["UniqueName"];
        };
        UpdateParticipantRequest: {
            Attributes?: components["schemas"]["Attributes"];
            /**
             * Format: date-time
             * @description The date that this resource was created.
             */
            DateCreated?: string;
            /**
             * Format: date-time
             * @description The date that this resource was last updated.
             */
            DateUpdated?: string;
            Identity?: components["schemas"]["Identity"];
            /** @description Index of the last message the participant has read. */
            LastReadMessageIndex?: number | null;
            /** @description Timestamp of the last message the participant has read. */
            LastReadTimestamp?: string;
            /** @description The Twilio phone number used in Group MMS. The value `null` removes it. */
            "MessagingBinding.ProjectedAddress"?: string;
            /** @description The Twilio phone number the participant is in contact with. The value `null` removes it. */
            "MessagingBinding.ProxyAddress"?: string;
            RoleSid?: components["schemas"]["RoleSid"];
        };
        /** @enum {string} */
        WebhookEnabledHeader: "true" | "false";
    };
    responses: {
        /** @description The request was invalid (Twilio error body). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TwilioError"];
            };
        };
        /** @description The unique name is already used by another conversation, or the conversation's state does not allow the change (`initializing`, `closed`). Twilio error body. See D-CONV-4, D-CONV-11. */
        ConversationConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TwilioError"];
            };
        };
        /** @description The created conversation. */
        ConversationCreated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Conversation"];
            };
        };
        /** @description The conversation. */
        ConversationOk: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Conversation"];
            };
        };
        /** @description One page of conversations. */
        ConversationPage: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ConversationListResponse"];
            };
        };
        /** @description The conversation was created; participants are still being added. */
        ConversationWithParticipantsAccepted: {
            headers: {
                "Access-Control-Allow-Credentials": components["headers"]["AccessControlAllowCredentials"];
                "Access-Control-Allow-Headers": components["headers"]["AccessControlAllowHeaders"];
                "Access-Control-Allow-Methods": components["headers"]["AccessControlAllowMethods"];
                "Access-Control-Allow-Origin": components["headers"]["AccessControlAllowOrigin"];
                "Access-Control-Expose-Headers": components["headers"]["AccessControlExposeHeaders"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Conversation"];
            };
        };
        /** @description The unique name is taken, or a participant's address / proxy address pair is already bound to another non-closed conversation (004:L28725). Twilio error body. See D-CWP-3. */
        ConversationWithParticipantsConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TwilioError"];
            };
        };
        /** @description The conversation was created (state `initializing` while participants are added). */
        ConversationWithParticipantsCreated: {
            headers: {
                "Access-Control-Allow-Credentials": components["headers"]["AccessControlAllowCredentials"];
                "Access-Control-Allow-Headers": components["headers"]["AccessControlAllowHeaders"];
                "Access-Control-Allow-Methods": components["headers"]["AccessControlAllowMethods"];
                "Access-Control-Allow-Origin": components["headers"]["AccessControlAllowOrigin"];
                "Access-Control-Expose-Headers": components["headers"]["AccessControlExposeHeaders"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Conversation"];
            };
        };
        /** @description The resource does not exist in this account (Twilio error 20404). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TwilioError"];
            };
        };
        /** @description A participant with this identity is already in the conversation, or the address / proxy address pair is already bound to a non-closed conversation (004:L28725), or the conversation is closed (004:L25892). Twilio error body. See D-PART-4. */
        ParticipantConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TwilioError"];
            };
        };
        /** @description The created participant. */
        ParticipantCreated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Participant"];
            };
        };
        /** @description The participant. */
        ParticipantOk: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Participant"];
            };
        };
        /** @description One page of participants. */
        ParticipantPage: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ParticipantListResponse"];
            };
        };
        /** @description The created participant (service-scoped form). */
        ServiceParticipantCreated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ServiceParticipant"];
            };
        };
        /** @description The participant (service-scoped form). */
        ServiceParticipantOk: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ServiceParticipant"];
            };
        };
        /** @description One page of participants (service-scoped form). */
        ServiceParticipantPage: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ServiceParticipantListResponse"];
            };
        };
        /** @description Missing or wrong credentials (Twilio error 20003). */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TwilioError"];
            };
        };
    };
    parameters: {
        /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
        ChatServiceSid: components["schemas"]["ServiceSid"];
        /** @description How many resources to return in each list page. The default is 50, and the maximum is 100. */
        ConversationPageSize: number;
        /** @description The SID (CH…) of the conversation the participants belong to. */
        ConversationSid: string;
        /** @description The conversation SID (CH…) or its `unique_name`. */
        ConversationSidOrUniqueName: string;
        /** @description Only conversations created on or before this instant (ISO 8601, documented as `YYYY-MM-DDT23:59:59Z`). With either date filter the list is sorted by creation date, newest first. */
        EndDate: string;
        /** @description The page index. This value is simply for client state. 004:L5016-5020 */
        Page: number;
        /** @description The page token. This is provided by the API. 004:L5022-5025 */
        PageToken: string;
        /** @description How many resources to return in each list page. The default is 50, and the maximum is 100. */
        ParticipantPageSize: number;
        /** @description The participant SID (MB…). */
        ParticipantSid: string;
        /** @description The participant SID (MB…) or the participant's identity. */
        ParticipantSidOrIdentity: string;
        /** @description Only conversations created on or after this instant (ISO 8601, documented as `YYYY-MM-DDT00:00:00Z`). With either date filter the list is sorted by creation date, newest first. */
        StartDate: string;
        /** @description Only conversations in this state. */
        StateFilter: components["schemas"]["ConversationStateParam"];
        /** @description The X-Twilio-Webhook-Enabled HTTP request header. */
        XTwilioWebhookEnabled: components["schemas"]["WebhookEnabledHeader"];
    };
    requestBodies: {
        CreateConversation: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["CreateConversationRequest"];
            };
        };
        CreateConversationWithParticipants: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["CreateConversationWithParticipantsRequest"];
            };
        };
        CreateParticipant: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["CreateParticipantRequest"];
            };
        };
        UpdateConversation: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["UpdateConversationRequest"];
            };
        };
        UpdateParticipant: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["UpdateParticipantRequest"];
            };
        };
    };
    headers: {
        /** @description Indicates whether the browser should include credentials. */
        AccessControlAllowCredentials: boolean;
        /** @description Specify the headers allowed when accessing the resource. */
        AccessControlAllowHeaders: string;
        /** @description Specify the HTTP methods allowed when accessing the resource. */
        AccessControlAllowMethods: string;
        /** @description Specify the origin(s) allowed to access the resource. */
        AccessControlAllowOrigin: string;
        /** @description Headers exposed to the client. */
        AccessControlExposeHeaders: string;
    };
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    listConversation: {
        parameters: {
            query?: {
                /** @description Only conversations created on or before this instant (ISO 8601, documented as `YYYY-MM-DDT23:59:59Z`). With either date filter the list is sorted by creation date, newest first. */
                EndDate?: components["parameters"]["EndDate"];
                /** @description The page index. This value is simply for client state. 004:L5016-5020 */
                Page?: components["parameters"]["Page"];
                /** @description How many resources to return in each list page. The default is 50, and the maximum is 100. */
                PageSize?: components["parameters"]["ConversationPageSize"];
                /** @description The page token. This is provided by the API. 004:L5022-5025 */
                PageToken?: components["parameters"]["PageToken"];
                /** @description Only conversations created on or after this instant (ISO 8601, documented as `YYYY-MM-DDT00:00:00Z`). With either date filter the list is sorted by creation date, newest first. */
                StartDate?: components["parameters"]["StartDate"];
                /** @description Only conversations in this state. */
                State?: components["parameters"]["StateFilter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ConversationPage"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    createConversation: {
        parameters: {
            query?: never;
            header?: {
                /** @description The X-Twilio-Webhook-Enabled HTTP request header. */
                "X-Twilio-Webhook-Enabled"?: components["parameters"]["XTwilioWebhookEnabled"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["CreateConversation"];
        responses: {
            201: components["responses"]["ConversationCreated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["ConversationConflict"];
        };
    };
    listConversationParticipant: {
        parameters: {
            query?: {
                /** @description The page index. This value is simply for client state. 004:L5016-5020 */
                Page?: components["parameters"]["Page"];
                /** @description How many resources to return in each list page. The default is 50, and the maximum is 100. */
                PageSize?: components["parameters"]["ParticipantPageSize"];
                /** @description The page token. This is provided by the API. 004:L5022-5025 */
                PageToken?: components["parameters"]["PageToken"];
            };
            header?: never;
            path: {
                /** @description The SID (CH…) of the conversation the participants belong to. */
                ConversationSid: components["parameters"]["ConversationSid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ParticipantPage"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    createConversationParticipant: {
        parameters: {
            query?: never;
            header?: {
                /** @description The X-Twilio-Webhook-Enabled HTTP request header. */
                "X-Twilio-Webhook-Enabled"?: components["parameters"]["XTwilioWebhookEnabled"];
            };
            path: {
                /** @description The SID (CH…) of the conversation the participants belong to. */
                ConversationSid: components["parameters"]["ConversationSid"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["CreateParticipant"];
        responses: {
            201: components["responses"]["ParticipantCreated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ParticipantConflict"];
        };
    };
    fetchConversationParticipant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID (CH…) of the conversation the participants belong to. */
                ConversationSid: components["parameters"]["ConversationSid"];
                /** @description The participant SID (MB…) or the participant's identity. */
                Sid: components["parameters"]["ParticipantSidOrIdentity"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ParticipantOk"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    updateConversationParticipant: {
        parameters: {
            query?: never;
            header?: {
                /** @description The X-Twilio-Webhook-Enabled HTTP request header. */
                "X-Twilio-Webhook-Enabled"?: components["parameters"]["XTwilioWebhookEnabled"];
            };
            path: {
                /** @description The SID (CH…) of the conversation the participants belong to. */
                ConversationSid: components["parameters"]["ConversationSid"];
                /** @description The participant SID (MB…). */
                Sid: components["parameters"]["ParticipantSid"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["UpdateParticipant"];
        responses: {
            200: components["responses"]["ParticipantOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ParticipantConflict"];
        };
    };
    deleteConversationParticipant: {
        parameters: {
            query?: never;
            header?: {
                /** @description The X-Twilio-Webhook-Enabled HTTP request header. */
                "X-Twilio-Webhook-Enabled"?: components["parameters"]["XTwilioWebhookEnabled"];
            };
            path: {
                /** @description The SID (CH…) of the conversation the participants belong to. */
                ConversationSid: components["parameters"]["ConversationSid"];
                /** @description The participant SID (MB…). */
                Sid: components["parameters"]["ParticipantSid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; no body (D-STATUS-1). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    fetchConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The conversation SID (CH…) or its `unique_name`. */
                Sid: components["parameters"]["ConversationSidOrUniqueName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ConversationOk"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    updateConversation: {
        parameters: {
            query?: never;
            header?: {
                /** @description The X-Twilio-Webhook-Enabled HTTP request header. */
                "X-Twilio-Webhook-Enabled"?: components["parameters"]["XTwilioWebhookEnabled"];
            };
            path: {
                /** @description The conversation SID (CH…) or its `unique_name`. */
                Sid: components["parameters"]["ConversationSidOrUniqueName"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["UpdateConversation"];
        responses: {
            200: components["responses"]["ConversationOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConversationConflict"];
        };
    };
    deleteConversation: {
        parameters: {
            query?: never;
            header?: {
                /** @description The X-Twilio-Webhook-Enabled HTTP request header. */
                "X-Twilio-Webhook-Enabled"?: components["parameters"]["XTwilioWebhookEnabled"];
            };
            path: {
                /** @description The conversation SID (CH…) or its `unique_name`. */
                Sid: components["parameters"]["ConversationSidOrUniqueName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; no body (D-STATUS-1). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    createConversationWithParticipants: {
        parameters: {
            query?: never;
            header?: {
                /** @description The X-Twilio-Webhook-Enabled HTTP request header. */
                "X-Twilio-Webhook-Enabled"?: components["parameters"]["XTwilioWebhookEnabled"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["CreateConversationWithParticipants"];
        responses: {
            201: components["responses"]["ConversationWithParticipantsCreated"];
            202: components["responses"]["ConversationWithParticipantsAccepted"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["ConversationWithParticipantsConflict"];
        };
    };
    listServiceConversation: {
        parameters: {
            query?: {
                /** @description Only conversations created on or before this instant (ISO 8601, documented as `YYYY-MM-DDT23:59:59Z`). With either date filter the list is sorted by creation date, newest first. */
                EndDate?: components["parameters"]["EndDate"];
                /** @description The page index. This value is simply for client state. 004:L5016-5020 */
                Page?: components["parameters"]["Page"];
                /** @description How many resources to return in each list page. The default is 50, and the maximum is 100. */
                PageSize?: components["parameters"]["ConversationPageSize"];
                /** @description The page token. This is provided by the API. 004:L5022-5025 */
                PageToken?: components["parameters"]["PageToken"];
                /** @description Only conversations created on or after this instant (ISO 8601, documented as `YYYY-MM-DDT00:00:00Z`). With either date filter the list is sorted by creation date, newest first. */
                StartDate?: components["parameters"]["StartDate"];
                /** @description Only conversations in this state. */
                State?: components["parameters"]["StateFilter"];
            };
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ConversationPage"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    createServiceConversation: {
        parameters: {
            query?: never;
            header?: {
                /** @description The X-Twilio-Webhook-Enabled HTTP request header. */
                "X-Twilio-Webhook-Enabled"?: components["parameters"]["XTwilioWebhookEnabled"];
            };
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["CreateConversation"];
        responses: {
            201: components["responses"]["ConversationCreated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConversationConflict"];
        };
    };
    listServiceConversationParticipant: {
        parameters: {
            query?: {
                /** @description The page index. This value is simply for client state. 004:L5016-5020 */
                Page?: components["parameters"]["Page"];
                /** @description How many resources to return in each list page. The default is 50, and the maximum is 100. */
                PageSize?: components["parameters"]["ParticipantPageSize"];
                /** @description The page token. This is provided by the API. 004:L5022-5025 */
                PageToken?: components["parameters"]["PageToken"];
            };
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /** @description The SID (CH…) of the conversation the participants belong to. */
                ConversationSid: components["parameters"]["ConversationSid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ServiceParticipantPage"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    createServiceConversationParticipant: {
        parameters: {
            query?: never;
            header?: {
                /** @description The X-Twilio-Webhook-Enabled HTTP request header. */
                "X-Twilio-Webhook-Enabled"?: components["parameters"]["XTwilioWebhookEnabled"];
            };
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /** @description The SID (CH…) of the conversation the participants belong to. */
                ConversationSid: components["parameters"]["ConversationSid"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["CreateParticipant"];
        responses: {
            201: components["responses"]["ServiceParticipantCreated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ParticipantConflict"];
        };
    };
    fetchServiceConversationParticipant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /** @description The SID (CH…) of the conversation the participants belong to. */
                ConversationSid: components["parameters"]["ConversationSid"];
                /** @description The participant SID (MB…) or the participant's identity. */
                Sid: components["parameters"]["ParticipantSidOrIdentity"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ServiceParticipantOk"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    updateServiceConversationParticipant: {
        parameters: {
            query?: never;
            header?: {
                /** @description The X-Twilio-Webhook-Enabled HTTP request header. */
                "X-Twilio-Webhook-Enabled"?: components["parameters"]["XTwilioWebhookEnabled"];
            };
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /** @description The SID (CH…) of the conversation the participants belong to. */
                ConversationSid: components["parameters"]["ConversationSid"];
                /** @description The participant SID (MB…). */
                Sid: components["parameters"]["ParticipantSid"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["UpdateParticipant"];
        responses: {
            200: components["responses"]["ServiceParticipantOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ParticipantConflict"];
        };
    };
    deleteServiceConversationParticipant: {
        parameters: {
            query?: never;
            header?: {
                /** @description The X-Twilio-Webhook-Enabled HTTP request header. */
                "X-Twilio-Webhook-Enabled"?: components["parameters"]["XTwilioWebhookEnabled"];
            };
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /** @description The SID (CH…) of the conversation the participants belong to. */
                ConversationSid: components["parameters"]["ConversationSid"];
                /** @description The participant SID (MB…). */
                Sid: components["parameters"]["ParticipantSid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; no body (D-STATUS-1). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    fetchServiceConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /** @description The conversation SID (CH…) or its `unique_name`. */
                Sid: components["parameters"]["ConversationSidOrUniqueName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ConversationOk"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    updateServiceConversation: {
        parameters: {
            query?: never;
            header?: {
                /** @description The X-Twilio-Webhook-Enabled HTTP request header. */
                "X-Twilio-Webhook-Enabled"?: components["parameters"]["XTwilioWebhookEnabled"];
            };
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /** @description The conversation SID (CH…) or its `unique_name`. */
                Sid: components["parameters"]["ConversationSidOrUniqueName"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["UpdateConversation"];
        responses: {
            200: components["responses"]["ConversationOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConversationConflict"];
        };
    };
    deleteServiceConversation: {
        parameters: {
            query?: never;
            header?: {
                /** @description The X-Twilio-Webhook-Enabled HTTP request header. */
                "X-Twilio-Webhook-Enabled"?: components["parameters"]["XTwilioWebhookEnabled"];
            };
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /** @description The conversation SID (CH…) or its `unique_name`. */
                Sid: components["parameters"]["ConversationSidOrUniqueName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; no body (D-STATUS-1). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    createServiceConversationWithParticipants: {
        parameters: {
            query?: never;
            header?: {
                /** @description The X-Twilio-Webhook-Enabled HTTP request header. */
                "X-Twilio-Webhook-Enabled"?: components["parameters"]["XTwilioWebhookEnabled"];
            };
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["CreateConversationWithParticipants"];
        responses: {
            201: components["responses"]["ConversationWithParticipantsCreated"];
            202: components["responses"]["ConversationWithParticipantsAccepted"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConversationWithParticipantsConflict"];
        };
    };
}
