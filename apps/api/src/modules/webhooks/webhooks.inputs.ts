import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PageArgs } from '../../graphql/connection.js';
import { UserError } from '../../graphql/user-error.js';
import { WebhookDelivery, WebhookDeliveryStatus, WebhookEndpoint } from './webhooks.types.js';

@InputType({ description: 'A new webhook endpoint.' })
export class CreateWebhookEndpointInput {
  @Field(() => ID, {
    nullable: true,
    description:
      'The account whose events it receives. A customer administrator’s own account when left out; an operator who leaves it out creates an endpoint for every account’s events.',
  })
  accountId?: string | null;

  @Field(() => String, {
    description:
      'Where to POST events: http or https, a public address (loopback, private and link-local addresses are refused unless the installation allows them).',
  })
  url!: string;

  @Field(() => [String], {
    nullable: true,
    description: 'The event types to receive (e.g. ["order.paid"]); left out or empty: every type.',
  })
  eventTypes?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'What the endpoint is for (at most 200 characters).',
  })
  description?: string | null;
}

@InputType({ description: 'A change to a webhook endpoint: what is given changes.' })
export class UpdateWebhookEndpointInput {
  @Field(() => ID, { description: 'The endpoint’s global id.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'A new URL (checked as on creation).' })
  url?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'The event types to receive; empty: every type.',
  })
  eventTypes?: string[] | null;

  @Field(() => String, { nullable: true, description: 'A new description.' })
  description?: string | null;
}

@InputType({ description: 'The endpoint to act on.' })
export class WebhookEndpointIdInput {
  @Field(() => ID, { description: 'The endpoint’s global id.' })
  id!: string;
}

@InputType({ description: 'A new signing secret for an endpoint.' })
export class RotateWebhookEndpointSecretInput {
  @Field(() => ID, { description: 'The endpoint’s global id.' })
  id!: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'Hours the old secret still signs requests beside the new one (0–168, default 24), while receivers switch.',
  })
  overlapHours?: number | null;
}

@InputType({ description: 'An event to send to an endpoint again.' })
export class ResendWebhookEventInput {
  @Field(() => ID, { description: 'The endpoint’s global id.' })
  endpointId!: string;

  @Field(() => ID, { description: 'The billing event’s global id.' })
  eventId!: string;
}

@InputType({ description: 'The endpoint to send a test event to.' })
export class SendTestWebhookEventInput {
  @Field(() => ID, { description: 'The endpoint’s global id.' })
  endpointId!: string;
}

@ArgsType()
export class WebhookEndpointsArgs extends PageArgs {
  @Field(() => ID, {
    nullable: true,
    description:
      'Only this account’s endpoints (operators; a customer administrator sees only their own account’s).',
  })
  accountId?: string | null;
}

@ArgsType()
export class WebhookDeliveriesArgs extends PageArgs {
  @Field(() => WebhookDeliveryStatus, {
    nullable: true,
    description: 'Only deliveries in this state.',
  })
  status?: WebhookDeliveryStatus | null;
}

@ObjectType({ description: 'The result of a change to a webhook endpoint.' })
export class WebhookEndpointPayload {
  @Field(() => WebhookEndpoint, { nullable: true, description: 'The endpoint; null when refused.' })
  endpoint!: WebhookEndpoint | null;

  @Field(() => [UserError], { description: 'Why it was refused (empty on success).' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'The result of createWebhookEndpoint and rotateWebhookEndpointSecret.' })
export class WebhookEndpointSecretPayload {
  @Field(() => WebhookEndpoint, { nullable: true, description: 'The endpoint; null when refused.' })
  endpoint!: WebhookEndpoint | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The signing secret (`whsec_…`), shown only this once: keep it where the receiver can read it.',
  })
  signingSecret!: string | null;

  @Field(() => [UserError], { description: 'Why it was refused (empty on success).' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'The result of deleteWebhookEndpoint.' })
export class DeleteWebhookEndpointPayload {
  @Field(() => ID, { nullable: true, description: 'The deleted endpoint’s id; null when refused.' })
  deletedEndpointId!: string | null;

  @Field(() => [UserError], { description: 'Why it was refused (empty on success).' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'The result of resendWebhookEvent and sendTestWebhookEvent.' })
export class WebhookDeliveryPayload {
  @Field(() => WebhookDelivery, { nullable: true, description: 'The delivery; null when refused.' })
  delivery!: WebhookDelivery | null;

  @Field(() => [UserError], { description: 'Why it was refused (empty on success).' })
  userErrors!: UserError[];
}
