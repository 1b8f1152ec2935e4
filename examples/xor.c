/* xor.c: a 2-4-1 network learns XOR from scratch with backpropagation.
 *
 * Forward: h = sigma(W1 x + b1), out = sigma(W2 h + b2), both with
 * sigmoid_array_f32. Loss: mean squared error. Backward: the fused step
 * dz = dy * y(1-y) with sigmoid_backward_f32 on both layers, from the
 * outputs the forward pass kept. Deterministic (fixed seed); prints the loss
 * as it trains and the four predictions; exits 1 if it did not learn XOR. */
#include <stdio.h>
#include "../sigmoid.h"

#define NH 4          /* hidden units */
#define NS 4          /* samples */
#define EPOCHS 4000
#define RATE 2.0f

static const float inputs[NS][2] = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
static const float targets[NS] = {0, 1, 1, 0};

/* A fixed-seed generator for the initial weights, uniform in [-1, 1). */
static unsigned long seed = 12345;
static float random_weight(void)
{
    seed = (seed * 1103515245ul + 12345ul) & 0x7fffffff;
    return (float)seed / 1073741824.0f - 1.0f;
}

int main(void)
{
    float w1[NH][2], b1[NH], w2[NH], b2 = 0.0f;
    float z1[NS * NH], h[NS * NH], z2[NS], out[NS];    /* forward state */
    float d_out[NS], d_z2[NS], d_h[NS * NH], d_z1[NS * NH];
    float loss = 0.0f;
    int epoch, s, j, failed = 0;

    for (j = 0; j < NH; j++) {
        w1[j][0] = random_weight();
        w1[j][1] = random_weight();
        b1[j] = random_weight();
        w2[j] = random_weight();
    }

    for (epoch = 0; epoch <= EPOCHS; epoch++) {
        /* forward, all samples at once */
        for (s = 0; s < NS; s++)
            for (j = 0; j < NH; j++)
                z1[s * NH + j] = w1[j][0] * inputs[s][0] + w1[j][1] * inputs[s][1] + b1[j];
        sigmoid_array_f32(z1, h, NS * NH);
        for (s = 0; s < NS; s++) {
            z2[s] = b2;
            for (j = 0; j < NH; j++)
                z2[s] += w2[j] * h[s * NH + j];
        }
        sigmoid_array_f32(z2, out, NS);

        /* loss = mean (out - t)^2; dL/dout = 2 (out - t) / NS */
        loss = 0.0f;
        for (s = 0; s < NS; s++) {
            float e = out[s] - targets[s];
            loss += e * e / NS;
            d_out[s] = 2.0f * e / NS;
        }
        if (epoch % 500 == 0)
            printf("epoch %4d  loss %.6f\n", epoch, (double)loss);
        if (epoch == EPOCHS)
            break;

        /* backward: through the output sigmoid, the second layer, the hidden
         * sigmoid; sigma' comes from the kept outputs, no exp */
        sigmoid_backward_f32(out, d_out, d_z2, NS);
        for (s = 0; s < NS; s++)
            for (j = 0; j < NH; j++)
                d_h[s * NH + j] = d_z2[s] * w2[j];
        sigmoid_backward_f32(h, d_h, d_z1, NS * NH);

        /* gradient descent */
        for (s = 0; s < NS; s++) {
            b2 -= RATE * d_z2[s];
            for (j = 0; j < NH; j++) {
                w2[j] -= RATE * d_z2[s] * h[s * NH + j];
                w1[j][0] -= RATE * d_z1[s * NH + j] * inputs[s][0];
                w1[j][1] -= RATE * d_z1[s * NH + j] * inputs[s][1];
                b1[j] -= RATE * d_z1[s * NH + j];
            }
        }
    }

    for (s = 0; s < NS; s++) {
        int ok = (out[s] > 0.5f) == (targets[s] > 0.5f) &&
                 (targets[s] > 0.5f ? out[s] > 0.9f : out[s] < 0.1f);
        printf("%g XOR %g = %.4f (want %g) %s\n", (double)inputs[s][0], (double)inputs[s][1],
               (double)out[s], (double)targets[s], ok ? "ok" : "WRONG");
        failed += !ok;
    }
    if (failed) {
        printf("xor: the network did not learn XOR\n");
        return 1;
    }
    printf("xor: learned\n");
    return 0;
}
