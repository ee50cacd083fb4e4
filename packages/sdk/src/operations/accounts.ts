import { graphql } from '../gql/index.js';

export const ViewerDocument = graphql(`
  query SdkViewer {
    viewer { role account { id name } }
  }
`);

export const AccountDocument = graphql(`
  query SdkAccount($id: ID!) {
    account(id: $id) { id name verifiedName status verificationStatus balance { amount currency } createdAt }
  }
`);

export const CreateAccountDocument = graphql(`
  mutation SdkCreateAccount($input: CreateAccountInput!) {
    createAccount(input: $input) {
      account { id name verifiedName status verificationStatus balance { amount currency } createdAt }
      userErrors { code message field }
    }
  }
`);
