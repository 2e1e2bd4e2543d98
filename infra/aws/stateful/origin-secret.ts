import { RemovalPolicy } from 'aws-cdk-lib';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { acknowledge } from '../nag/acknowledge.ts';

/**
 * The value CloudFront adds to every API request (see `through-the-site.ts`): proof that a
 * request came through the site and its WAF, not straight to the execute-api endpoint.
 */
export class OriginSecret extends Construct {
  readonly secret: Secret;

  constructor(scope: Construct, id: string, props: { readonly stage: string; readonly key: IKey }) {
    super(scope, id);
    this.secret = new Secret(this, 'Secret', {
      description: `Clinicall ${props.stage}: the header CloudFront sends to the API`,
      encryptionKey: props.key,
      generateSecretString: { passwordLength: 64, excludePunctuation: true, includeSpace: false },
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const reason =
      'Rotated by the organisation (put-secret-value, then deploy with originSecretVersionId): CloudFront takes a header value only from a deploy, and the API accepts the current and previous values meanwhile, so a rotation Lambda could not roll it without an outage.';
    acknowledge(this.secret, 'AwsSolutions-SMG4', reason);
    acknowledge(this.secret, 'HIPAA.Security-SecretsManagerRotationEnabled', reason);
  }
}
